// Fetches the reference data on-device search needs from the API (docs/offline.md): taxonomy
// labels and keywords (indexed at weight B, as the API does), and district and wijk names (the
// wijk → district map for "serves residents of the wijk", and place names on hits), and what the
// filter panel and the hours need offline (languages, holiday names). Taken from
// the API rather than bundled from data/reference so offline labels are exactly what the API
// indexes, and a relabelled term reaches the device with the next sync.
import type { components } from '../../generated/api';
import type { ReferenceTerm, StoredReference } from './snapshot-types.js';

type Fetch = (path: string) => Promise<Response>;

interface TermDto {
  code: string;
  parentCode?: string | null;
  labels?: Record<string, string>;
  keywords?: string[];
  children?: TermDto[];
}

interface PlaceCollectionDto<P> {
  features: { properties: P }[];
}

async function json<T>(fetcher: Fetch, path: string): Promise<T> {
  const response = await fetcher(path);
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function flatten(terms: TermDto[], parentCode: string | null): ReferenceTerm[] {
  return terms.flatMap((t) => [
    { code: t.code, parentCode: t.parentCode ?? parentCode, labels: t.labels ?? {}, keywords: t.keywords ?? [] },
    ...flatten(t.children ?? [], t.code),
  ]);
}

export async function fetchReferenceData(fetcher: Fetch): Promise<StoredReference> {
  const [lifeDomains, targetGroups, accessTerms, districts, wijken, languages, holidays] = await Promise.all([
    json<TermDto[]>(fetcher, '/api/v1/life-domains'),
    json<TermDto[]>(fetcher, '/api/v1/target-groups'),
    json<TermDto[]>(fetcher, '/api/v1/access-terms'),
    json<PlaceCollectionDto<{ id: string; name: string }>>(fetcher, '/api/v1/districts'),
    json<PlaceCollectionDto<{ id: string; name: string; districtId: string }>>(fetcher, '/api/v1/wijken'),
    json<components['schemas']['LanguageDto'][]>(fetcher, '/api/v1/languages'),
    json<components['schemas']['HolidayDto'][]>(fetcher, '/api/v1/holidays'),
  ]);
  return {
    lifeDomains: flatten(lifeDomains, null),
    targetGroups: flatten(targetGroups, null),
    accessTerms: flatten(accessTerms, null),
    // Only ids and names: outlines for the map are bundled with the map feature.
    districts: districts.features.map(({ properties: p }) => ({ id: p.id, name: p.name })),
    wijken: wijken.features.map(({ properties: p }) => ({ id: p.id, name: p.name, districtId: p.districtId })),
    // The filter panel's language list and the hours' holiday names, so they work offline too.
    languages,
    holidays,
  };
}
