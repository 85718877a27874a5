// The state of one search: what the social worker typed and ticked. It lives in the URL (so a
// search can be bookmarked and shared) and is answered by the API online and by the device offline,
// with the same meaning as the API's /api/v1/search parameters (docs/search.md).

export const SORTS = ['relevance', 'distance', 'name', 'updated'] as const;
export type Sort = (typeof SORTS)[number];

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
    q: params.get('q') ?? '',
    near: near && /^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/.test(near) ? near : null,
    radius: Number.isInteger(radius) && radius > 0 ? radius : null,
    openAt: params.get('openAt') || null,
    sort: sort && (SORTS as readonly string[]).includes(sort) ? sort : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
  for (const key of LIST_KEYS) filters[key] = list(key);
  for (const key of FLAG_KEYS) filters[key] = params.get(key) === 'true';
  return filters;
}

/** The URL parameters of a search: only what is set, in a stable order. Also the API's query. */
export function filtersToParams(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q);
  for (const key of LIST_KEYS) if (filters[key].length > 0) params.set(key, filters[key].join(','));
  if (filters.near) params.set('near', filters.near);
  if (filters.near && filters.radius) params.set('radius', String(filters.radius));
  if (filters.openAt) params.set('openAt', filters.openAt);
  for (const key of FLAG_KEYS) if (filters[key]) params.set(key, 'true');
  if (filters.sort) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}
