// A search link may carry what this version does not know: a parameter it never had, a code that
// is not (or no longer) in the reference lists, a query longer than the API accepts. Those are
// dropped from the URL once, with a notice naming them, instead of a request the API refuses and a
// raw code shown as a chip. Until the lists are there, the search waits (they come from the
// device, so that is a moment).
import { useEffect, useMemo, useState } from 'react';
import { useDistricts, useLanguages, useLifeDomains, useTargetGroups, useWijken } from '../../../lib/reference-data';
import { KNOWN_PARAMS, MAX_QUERY_LENGTH, type SearchFilters } from '@sociale-kaart/core';

type Update = (change: Partial<SearchFilters>, options?: { replace?: boolean }) => void;

const flatten = (domains: { code: string; children: { code: string }[] }[]): string[] =>
  domains.flatMap((d) => [d.code, ...d.children.map((c) => c.code)]);

export function useUrlCleanup(filters: SearchFilters, update: Update) {
  const hasCodes = filters.lifeDomain.length + filters.targetGroup.length + filters.language.length > 0;
  const hasPlaces = filters.district.length + filters.wijk.length + filters.locatedIn.length > 0;
  const lifeDomains = useLifeDomains();
  const targetGroups = useTargetGroups();
  const languages = useLanguages();
  const districts = useDistricts();
  const wijken = useWijken();
  const [dropped, setDropped] = useState<string[]>([]);

  const settled = (query: { isPending: boolean }, isNeeded: boolean) => !isNeeded || !query.isPending;
  const isReady =
    settled(lifeDomains, hasCodes) &&
    settled(targetGroups, hasCodes) &&
    settled(languages, hasCodes) &&
    settled(districts, hasPlaces) &&
    settled(wijken, hasPlaces);

  const cleanup = useMemo(() => {
    if (!isReady) return null;
    const params = new URLSearchParams(window.location.search);
    const names: string[] = [...new Set([...params.keys()].filter((key) => !KNOWN_PARAMS.has(key)))];
    const change: Partial<SearchFilters> = {};
    const check = (key: 'lifeDomain' | 'targetGroup' | 'language' | 'district' | 'wijk' | 'locatedIn', known: string[] | undefined) => {
      // A list that did not load (offline on a first visit) judges nothing: the API will.
      if (!known) return;
      const unknown = filters[key].filter((code) => !known.includes(code));
      if (unknown.length === 0) return;
      names.push(...unknown.map((code) => `${key}=${code}`));
      change[key] = filters[key].filter((code) => known.includes(code));
    };
    const placeIds = districts.data && wijken.data ? [...districts.data, ...wijken.data].map((p) => p.id) : undefined;
    check('lifeDomain', lifeDomains.data && flatten(lifeDomains.data));
    check('targetGroup', targetGroups.data);
    check(
      'language',
      languages.data?.map((l) => l.code),
    );
    check(
      'district',
      districts.data?.map((d) => d.id),
    );
    check(
      'wijk',
      wijken.data?.map((w) => w.id),
    );
    check('locatedIn', placeIds);
    if ((params.get('q') ?? '').length > MAX_QUERY_LENGTH) names.push('q');
    return names.length > 0 ? { names, change } : null;
  }, [isReady, filters, lifeDomains.data, targetGroups.data, languages.data, districts.data, wijken.data]);

  useEffect(() => {
    if (!cleanup) return;
    setDropped(cleanup.names);
    update({ ...cleanup.change, page: filters.page }, { replace: true });
  }, [cleanup, update, filters.page]);

  return { isReady: isReady && !cleanup, dropped, dismiss: () => setDropped([]) } as const;
}
