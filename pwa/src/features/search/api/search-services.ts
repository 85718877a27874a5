// The search itself: the API when online, the device's copy of the listings when not (or when
// the network fails mid-search). Both answer the same question in the same shape.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toApiError } from '../../../lib/api-client';
import type { SearchQuery, SearchResponse } from '../../../lib/api-types';
import { searchOnDevice, type DeviceSearchResponse } from '../../offline';
import { filtersToParams, type SearchFilters } from '@sociale-kaart/core';

export const PAGE_SIZE = 20;

export type SearchResult = SearchResponse | DeviceSearchResponse;

function toQuery(filters: SearchFilters): SearchQuery {
  const query: Record<string, string> = Object.fromEntries(filtersToParams(filters));
  return { ...query, pageSize: PAGE_SIZE };
}

async function searchOnline(filters: SearchFilters, signal: AbortSignal): Promise<SearchResponse> {
  const { data, error, response } = await api.GET('/api/v1/search', { params: { query: toQuery(filters) }, signal });
  if (!data) throw toApiError(response.status, error);
  return data;
}

export async function searchServices(filters: SearchFilters, signal: AbortSignal): Promise<SearchResult> {
  if (!navigator.onLine) return searchOnDevice(filters, { pageSize: PAGE_SIZE });
  try {
    return await searchOnline(filters, signal);
  } catch (error) {
    // A dropped connection (fetch rejects with a TypeError): answer from the device instead.
    if (error instanceof TypeError) return searchOnDevice(filters, { pageSize: PAGE_SIZE });
    throw error;
  }
}

export function useSearchServices(filters: SearchFilters) {
  return useQuery({
    queryKey: ['search', filtersToParams(filters).toString()],
    queryFn: ({ signal }) => searchServices(filters, signal),
    placeholderData: keepPreviousData,
  });
}
