// Every match of a search for the map (thousands of pins, clustered). The API pages at 100, so
// the map answers from the device's copy of the listings when it has one, else shows the API's
// first 100.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toApiError } from '../../../lib/api-client';
import type { SearchHit, SearchQuery } from '../../../lib/api-types';
import { searchOnDevice, useOfflineStatus } from '../../offline';
import { filtersToParams, type SearchFilters } from '@sociale-kaart/core';
import { isOpenWithin } from './open-within';

const ALL = 100_000;

export function useMapHits(filters: SearchFilters, enabled: boolean) {
  const { serviceCount } = useOfflineStatus();
  const hasDeviceData = serviceCount > 0;
  const everything = { ...filters, page: 1 };
  const { openWithin } = filters;
  const request = { ...everything, openWithin: null };
  return useQuery({
    queryKey: ['map-hits', hasDeviceData, filtersToParams(everything).toString()],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) => {
      const now = new Date();
      const passing = (hits: SearchHit[]) => (openWithin ? hits.filter((hit) => isOpenWithin(hit.open, openWithin, now)) : hits);
      if (hasDeviceData) return passing((await searchOnDevice(request, { pageSize: ALL })).hits);
      const query = { ...Object.fromEntries(filtersToParams(request)), pageSize: 100 } as unknown as SearchQuery;
      const { data, error, response } = await api.GET('/api/v1/search', { params: { query }, signal });
      if (!data) throw toApiError(response.status, error);
      return passing(data.hits);
    },
  });
}
