// The search itself: the API when online, the device's copy of the listings when not (or when
// the network fails mid-search). Both answer the same question in the same shape.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, toApiError } from '../../../lib/api-client';
import type { SearchQuery, SearchResponse } from '../../../lib/api-types';
import { getOfflineStatus, recordDeviceSearch, searchOnDevice, type DeviceSearchResponse } from '../../offline';
import { filtersToParams, type SearchFilters } from '@sociale-kaart/core';
import { pageOpenWithin } from './open-within';

export const PAGE_SIZE = 20;
/** "Open within" filters every match: all of the device's, at most this many pages of the API's (100 each). */
const ALL_ON_DEVICE = 100_000;
const API_PAGES = 5;

export type SearchResult = SearchResponse | DeviceSearchResponse;

/** The hits' name and short description come in the reader's language (the Dutch original where a listing has none). */
function toQuery(filters: SearchFilters, pageSize: number, language: string): SearchQuery {
  const query: Record<string, string> = Object.fromEntries(filtersToParams({ ...filters, openWithin: null }));
  return { ...query, pageSize, lang: language };
}

async function searchOnline(filters: SearchFilters, signal: AbortSignal, language: string, pageSize = PAGE_SIZE): Promise<SearchResponse> {
  const { data, error, response } = await api.GET('/api/v1/search', { params: { query: toQuery(filters, pageSize, language) }, signal });
  if (!data) throw toApiError(response.status, error);
  return data;
}

async function searchOpenWithin(filters: SearchFilters, signal: AbortSignal, language: string): Promise<SearchResult> {
  const within = filters.openWithin!;
  const all = { ...filters, openWithin: null, page: 1 };
  if (!navigator.onLine || getOfflineStatus().serviceCount > 0) {
    return pageOpenWithin(await searchOnDevice(all, { pageSize: ALL_ON_DEVICE, language }), within, filters.page, PAGE_SIZE);
  }
  const first = await searchOnline(all, signal, language, 100);
  const hits = [...first.hits];
  for (let page = 2; page <= Math.min(first.totalPages, API_PAGES); page++)
    hits.push(...(await searchOnline({ ...all, page }, signal, language, 100)).hits);
  return pageOpenWithin({ ...first, hits }, within, filters.page, PAGE_SIZE);
}

/** The device answered because there was no network: counted for the city's figures (search-log.ts). */
async function searchOffline(filters: SearchFilters, language: string): Promise<DeviceSearchResponse> {
  const result = await searchOnDevice(filters, { pageSize: PAGE_SIZE, language });
  void recordDeviceSearch(filters, result.total).catch(() => undefined);
  return result;
}

export async function searchServices(filters: SearchFilters, signal: AbortSignal, language = 'nl'): Promise<SearchResult> {
  if (filters.openWithin) {
    const result = await searchOpenWithin(filters, signal, language);
    if (!navigator.onLine) void recordDeviceSearch(filters, result.total).catch(() => undefined);
    return result;
  }
  if (!navigator.onLine) return searchOffline(filters, language);
  try {
    return await searchOnline(filters, signal, language);
  } catch (error) {
    // A dropped connection (fetch rejects with a TypeError): answer from the device instead.
    if (error instanceof TypeError) return searchOffline(filters, language);
    throw error;
  }
}

export function useSearchServices(filters: SearchFilters, enabled = true) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: ['search', filtersToParams(filters).toString(), language],
    enabled,
    queryFn: ({ signal }) => searchServices(filters, signal, language),
    placeholderData: keepPreviousData,
  });
}
