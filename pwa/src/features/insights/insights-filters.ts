// The insights pages' filters (life domain, target group, language, free, walk-in) and their
// choices (district or wijk, an area tapped) in the URL, under the search's own parameter names:
// a view can be shared, and "its services" opens the search with the same filters.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EMPTY_FILTERS, filtersFromParams, filtersToParams, type SearchFilters } from '@sociale-kaart/core';

export type InsightsFilters = Pick<SearchFilters, 'lifeDomain' | 'targetGroup' | 'language' | 'free' | 'walkIn'>;

export const EMPTY_INSIGHTS_FILTERS: InsightsFilters = { lifeDomain: [], targetGroup: [], language: [], free: false, walkIn: false };

/** The API's query parameters for these filters (absent when not set). */
export function insightsQuery(filters: InsightsFilters): Record<string, string> {
  return Object.fromEntries(filtersToParams({ ...EMPTY_FILTERS, ...filters }));
}

export function activeFilterCount(filters: InsightsFilters): number {
  return filters.lifeDomain.length + filters.targetGroup.length + filters.language.length + Number(filters.free) + Number(filters.walkIn);
}

/** Filters and page-specific choices (`niveau`, `gebied`, …) read from and written to the URL. */
export function useInsightsParams() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<InsightsFilters>(() => {
    const all = filtersFromParams(params);
    return { lifeDomain: all.lifeDomain, targetGroup: all.targetGroup, language: all.language, free: all.free, walkIn: all.walkIn };
  }, [params]);

  const setFilters = useCallback(
    (change: Partial<InsightsFilters>) =>
      setParams(
        (current) => {
          const next = filtersToParams({ ...EMPTY_FILTERS, ...filters, ...change });
          // Keep the page's own choices (level, selected area), drop what the filters wrote before.
          const written = filtersToParams({ ...EMPTY_FILTERS, ...filters });
          for (const [key, value] of current) if (!written.has(key)) next.append(key, value);
          return next;
        },
        { replace: true },
      ),
    [filters, setParams],
  );

  /** Sets or (null) removes page choices, several at once: two calls in one tick would undo each other. */
  const setChoices = useCallback(
    (change: Record<string, string | null>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(change)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { filters, setFilters, choice: (key: string) => params.get(key), setChoices } as const;
}
