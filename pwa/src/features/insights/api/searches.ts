// GET /api/v1/insights/searches: what people search for in vain, per week, by life domain and
// district; the open aggregate for everyone, the free texts (searched by ≥ 5 sessions) only for
// moderators and admins (the API decides by the session cookie: `texts` is null for others).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getInsight } from './insights-client';

export interface WeekCounts {
  week: string;
  searches: number;
  zeroResults: number;
  lowResults: number;
}

interface Counts {
  searches: number;
  zeroResults: number;
  lowResults: number;
  trend: WeekCounts[];
}

export type CodeCounts = Counts & { code: string };

export interface SearchedFilters {
  lifeDomain: string[];
  targetGroup: string[];
  language: string[];
  district: string[];
  wijk: string[];
  free: boolean;
  walkIn: boolean;
  hasText: boolean;
}

export type FilterCounts = Counts & { filters: SearchedFilters };
export type TextCounts = Counts & { text: string; sessions: number };

export interface Searches {
  since: string;
  lowResultMax: number;
  minSessions: number;
  weekly: WeekCounts[];
  byLifeDomain: CodeCounts[];
  byDistrict: CodeCounts[];
  topZeroResults: FilterCounts[];
  topLowResults: FilterCounts[];
  texts: TextCounts[] | null;
  generatedAt: string;
}

const SEARCHES_PATH = '/api/v1/insights/searches';

export interface SearchesFilter {
  lifeDomain: string | null;
  district: string | null;
}

function query({ lifeDomain, district }: SearchesFilter): Record<string, string> {
  return { ...(lifeDomain ? { lifeDomain } : {}), ...(district ? { district } : {}) };
}

export function useSearches(filter: SearchesFilter) {
  return useQuery({
    queryKey: ['insights', 'searches', query(filter)],
    queryFn: ({ signal }) => getInsight<Searches>(SEARCHES_PATH, query(filter), signal),
    placeholderData: keepPreviousData,
  });
}

export function searchesCsvUrl(filter: SearchesFilter): string {
  return `${SEARCHES_PATH}?${new URLSearchParams({ ...query(filter), format: 'csv' }).toString()}`;
}
