// The search state in the URL: reading it, and changing it without piling up history entries for
// every keystroke.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromParams, filtersToParams, type SearchFilters } from '@sociale-kaart/core';

export function useSearchFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const view = params.get('view') === 'map' ? 'map' : 'list';

  const update = useCallback(
    (change: Partial<SearchFilters>, { replace = false }: { replace?: boolean } = {}) => {
      // From the URL as it is now, not as it was at the last render: a debounced keystroke and a
      // tick in the same moment must not undo each other.
      const current = new URLSearchParams(window.location.search);
      const next = filtersToParams({ ...filtersFromParams(current), page: 1, ...change });
      if (current.get('view') === 'map') next.set('view', 'map');
      setParams(next, { replace });
    },
    [setParams],
  );

  const setView = useCallback(
    (next: 'list' | 'map') => {
      setParams((current) => {
        const copy = new URLSearchParams(current);
        if (next === 'map') copy.set('view', 'map');
        else copy.delete('view');
        return copy;
      });
    },
    [setParams],
  );

  return { filters, update, view, setView } as const;
}
