// Reference lists the filters are made of: life domains, target groups, languages, districts,
// wijken and holidays. Small and rarely changed: read from the device's copy (kept with the
// listings by the offline sync, refreshed daily) when there is one, so the filter panel is full
// offline and no screen sends a request for them; from the API on a first visit before that copy
// exists. Their codes are the API's filter values; labels come from i18n.
import { useQuery } from '@tanstack/react-query';
import { api, toApiError } from './api-client';
import { getMeta, isOfflineDbAvailable } from './offline-db';
import type { components } from '../generated/api';
import type { ReferenceTerm, StoredReference } from '../features/offline/snapshot-types';

export interface LifeDomain {
  code: string;
  /** Dutch, the base language. */
  name: string;
  labels: Record<string, string>;
  children: LifeDomain[];
}
export type LanguageRef = components['schemas']['LanguageDto'];

export interface PlaceOption {
  id: string;
  name: string;
}

export interface WijkOption extends PlaceOption {
  districtId: string;
}

// Never retried: the device's copy answers offline, and a failed first visit is not helped by
// asking again at once (the sync fetches the lists anyway).
const referenceQuery = { staleTime: Infinity, gcTime: Infinity, retry: false } as const;

async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined) throw toApiError(response.status, error);
  return data;
}

async function storedReference(): Promise<StoredReference | undefined> {
  if (!isOfflineDbAvailable()) return undefined;
  return getMeta('reference').catch(() => undefined);
}

/** The device's copy when it holds this list, else the API's. */
async function load<T>(fromDevice: (stored: StoredReference) => T | undefined, fromApi: () => Promise<T>): Promise<T> {
  const stored = await storedReference();
  const local = stored ? fromDevice(stored) : undefined;
  return local ?? fromApi();
}

function tree(terms: ReferenceTerm[], parentCode: string | null): LifeDomain[] {
  return terms
    .filter((term) => term.parentCode === parentCode)
    .map((term) => ({ code: term.code, name: term.labels.nl ?? term.code, labels: term.labels, children: tree(terms, term.code) }));
}

const toLifeDomains = (dtos: components['schemas']['LifeDomainDto'][]): LifeDomain[] =>
  dtos.map((d) => ({ code: d.code, name: d.name, labels: d.labels, children: toLifeDomains(d.children) }));

const byName = (a: PlaceOption, b: PlaceOption) => a.name.localeCompare(b.name, 'nl');

export function useLifeDomains() {
  return useQuery({
    queryKey: ['reference', 'life-domains'],
    queryFn: () =>
      load(
        (stored) => (stored.lifeDomains.length > 0 ? tree(stored.lifeDomains, null) : undefined),
        async () => toLifeDomains(await unwrap(api.GET('/api/v1/life-domains'))),
      ),
    ...referenceQuery,
  });
}

export function useTargetGroups() {
  return useQuery({
    queryKey: ['reference', 'target-groups'],
    queryFn: () =>
      load(
        (stored) => (stored.targetGroups.length > 0 ? stored.targetGroups.map((term) => term.code) : undefined),
        async () => (await unwrap(api.GET('/api/v1/target-groups'))).map((term) => term.code),
      ),
    ...referenceQuery,
  });
}

/** The reference's own names, for codes the browser's Intl does not name (rif, zgh, vgt…). */
const referenceLanguages = new Map<string, LanguageRef>();

export function useLanguages() {
  return useQuery({
    queryKey: ['reference', 'languages'],
    queryFn: async () => {
      const languages = await load(
        (stored) => stored.languages,
        () => unwrap(api.GET('/api/v1/languages')),
      );
      for (const language of languages) referenceLanguages.set(language.code, language);
      return languages;
    },
    ...referenceQuery,
  });
}

/**
 * Languages that are a variety of another, or belong to a group a worker may know better: the
 * language picker says so, so Darija, Arabic and Tarifit side by side are not a puzzle.
 */
export const LANGUAGE_VARIETY_OF: Record<string, string> = { ary: 'ar', prs: 'fa', rif: 'ber', zgh: 'ber' };

export function useDistricts() {
  return useQuery({
    queryKey: ['reference', 'districts'],
    queryFn: () =>
      load(
        (stored) => (stored.districts.length > 0 ? stored.districts : undefined),
        async (): Promise<PlaceOption[]> =>
          (await unwrap(api.GET('/api/v1/districts'))).features.map((f) => ({ id: f.properties.id, name: f.properties.name })),
      ),
    ...referenceQuery,
  });
}

export function useWijken() {
  return useQuery({
    queryKey: ['reference', 'wijken'],
    queryFn: async (): Promise<WijkOption[]> =>
      [
        ...(await load(
          (stored) => (stored.wijken.length > 0 ? stored.wijken : undefined),
          async () =>
            (await unwrap(api.GET('/api/v1/wijken', {}))).features.map((f) => ({
              id: f.properties.id,
              name: f.properties.name,
              districtId: f.properties.districtId,
            })),
        )),
      ].sort(byName),
    ...referenceQuery,
  });
}

/**
 * A language's name in the UI language: Intl's, else the reference's (Dutch or English), else
 * the language's own name; never a bare code once the reference list has loaded.
 */
export function languageName(code: string, uiLanguage: string, native?: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'none' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // An engine without this language code: use the reference's names below.
  }
  const reference = referenceLanguages.get(code);
  const names = (reference?.name ?? {}) as Record<string, string>;
  return names[uiLanguage] ?? names.en ?? native ?? reference?.native ?? code;
}

export type Holiday = components['schemas']['HolidayDto'];

export function useHolidays() {
  return useQuery({
    queryKey: ['reference', 'holidays'],
    queryFn: () =>
      load(
        (stored) => stored.holidays,
        () => unwrap(api.GET('/api/v1/holidays', {})),
      ),
    ...referenceQuery,
  });
}
