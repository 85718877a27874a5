// Listings nobody has confirmed for 180 days (or ever), by district and life domain, a page at a
// time. The previous page stays on screen while the next one loads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '../../../../generated/api';
import { portalApi, send } from '../../api/portal-client';
import { readOptions } from './query-defaults';

export type StaleService = components['schemas']['StaleServiceDto'];

export interface StaleFilter {
  district: string | null;
  lifeDomain: string | null;
  page: number;
}

export const STALE_PAGE_SIZE = 20;

export function useStaleServices({ district, lifeDomain, page }: StaleFilter) {
  return useQuery({
    queryKey: ['moderation', 'stale', district, lifeDomain, page],
    queryFn: () =>
      send(() =>
        portalApi.GET('/api/v1/moderation/stale', {
          params: { query: { district: district ?? undefined, lifeDomain: lifeDomain ?? undefined, page, pageSize: STALE_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
    ...readOptions,
  });
}
