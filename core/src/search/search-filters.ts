// The state of one search: what the social worker typed and ticked. It lives in the URL (so a
// search can be bookmarked and shared) and is answered by the API online and by the device offline,
// with the same meaning as the API's /api/v1/search parameters (docs/search.md).

export const SORTS = ['relevance', 'distance', 'name', 'updated'] as const;
export type Sort = (typeof SORTS)[number];

/** The API's limit on `q` (search.dto.ts): the box stops there rather than earning a 400. */
export const MAX_QUERY_LENGTH = 200;

/**
 * "Open today" / "open in the coming 7 days": not an API parameter; answered from each hit's
 * opening status (the API's opening-hours module), see api/open-within.ts.
 */
export const OPEN_WITHIN = ['today', 'week'] as const;
export type OpenWithin = (typeof OPEN_WITHIN)[number];

export interface SearchFilters {
  q: string;
  /** Life-domain codes; a parent includes its children. */
  lifeDomain: string[];
  targetGroup: string[];
  language: string[];
  /** Serves residents of these districts (ids as in data/geo). */
  district: string[];
  /** Serves residents of these wijken. */
  wijk: string[];
  /** A location lies in these districts or wijken. */
  locatedIn: string[];
  /** `lat,lng` of the client or the worker ("near me"). */
  near: string | null;
  /** Metres, only with `near`. */
  radius: number | null;
  /** ISO date-time, Brussels time when it has no offset. */
  openAt: string | null;
  openNow: boolean;
  /** The PWA's own filter (not an API parameter); engines ignore it. */
  openWithin?: OpenWithin | null;
  free: boolean;
  walkIn: boolean;
  wheelchair: boolean;
  sort: Sort | null;
  page: number;
}

export const EMPTY_FILTERS: SearchFilters = {
  q: '',
  lifeDomain: [],
  targetGroup: [],
  language: [],
  district: [],
  wijk: [],
  locatedIn: [],
  near: null,
  radius: null,
  openAt: null,
  openNow: false,
  openWithin: null,
  free: false,
  walkIn: false,
  wheelchair: false,
  sort: null,
  page: 1,
};

const LIST_KEYS = ['lifeDomain', 'targetGroup', 'language', 'district', 'wijk', 'locatedIn'] as const;
const FLAG_KEYS = ['openNow', 'free', 'walkIn', 'wheelchair'] as const;
export type ListFilterKey = (typeof LIST_KEYS)[number];
export type FlagFilterKey = (typeof FLAG_KEYS)[number];

/** Every URL parameter the search page reads; others are dropped with a notice. */
export const KNOWN_PARAMS = new Set<string>([
  'q',
  ...LIST_KEYS,
  'near',
  'radius',
  'openAt',
  ...FLAG_KEYS,
  'openWithin',
  'sort',
  'page',
  'view',
]);

/** Reads filters from URL parameters; unknown or malformed values are dropped, not guessed. */
export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const list = (key: string) =>
    params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
  const near = params.get('near');
  const radius = Number(params.get('radius'));
  const page = Number(params.get('page'));
  const sort = params.get('sort') as Sort | null;
  const filters: SearchFilters = {
    ...EMPTY_FILTERS,
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    near: near && /^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/.test(near) ? near : null,
    radius: Number.isInteger(radius) && radius > 0 ? radius : null,
    openAt: params.get('openAt') || null,
    openWithin: (OPEN_WITHIN as readonly string[]).includes(params.get('openWithin') ?? '')
      ? (params.get('openWithin') as OpenWithin)
      : null,
    sort: sort && (SORTS as readonly string[]).includes(sort) ? sort : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
  for (const key of LIST_KEYS) filters[key] = list(key);
  for (const key of FLAG_KEYS) filters[key] = params.get(key) === 'true';
  return filters;
}

/** The URL parameters of a search: only what is set, in a stable order. Also the API's query (without `openWithin`). */
export function filtersToParams(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q);
  for (const key of LIST_KEYS) if (filters[key].length > 0) params.set(key, filters[key].join(','));
  if (filters.near) params.set('near', filters.near);
  if (filters.near && filters.radius) params.set('radius', String(filters.radius));
  if (filters.openAt) params.set('openAt', filters.openAt);
  for (const key of FLAG_KEYS) if (filters[key]) params.set(key, 'true');
  if (filters.openWithin) params.set('openWithin', filters.openWithin);
  if (filters.sort) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/**
 * Ticks a life domain. A sub-domain replaces its parent and a parent its sub-domains (a parent
 * includes its children, so both together would only widen the search again); ticking a chosen
 * one removes it.
 */
export function toggleLifeDomain(selected: string[], code: string): string[] {
  if (selected.includes(code)) return selected.filter((c) => c !== code);
  const isRelated = (other: string) => code.startsWith(`${other}/`) || other.startsWith(`${code}/`);
  return [...selected.filter((c) => !isRelated(c)), code];
}
