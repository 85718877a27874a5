// GET /api/v1/insights/freshness: the share of listings verified in the last 180 days for the
// city and per district × life domain, the oldest listings, organisations by stale listings and
// the weekly record.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DistrictFreshness, FreshnessResponse, Share } from '../../../lib/api-types';
import { getInsight } from './insights-client';
import { insightsQuery, type InsightsFilters } from '../insights-filters';

export type Freshness = FreshnessResponse;
export type { DistrictFreshness, Share };

const FRESHNESS_PATH = '/api/v1/insights/freshness';

export function useFreshness(filters: InsightsFilters, limit = 20) {
  const query = { ...insightsQuery(filters), limit: String(limit) };
  return useQuery({
    queryKey: ['insights', 'freshness', query],
    queryFn: ({ signal }) => getInsight<Freshness>(FRESHNESS_PATH, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function freshnessCsvUrl(filters: InsightsFilters): string {
  return `${FRESHNESS_PATH}?${new URLSearchParams({ ...insightsQuery(filters), format: 'csv' }).toString()}`;
}

/** The weekly shares of one district (or the city: null) as percentages, oldest week first. */
export function weeklyPercentages(freshness: Freshness, districtId: string | null): { weeks: string[]; values: (number | null)[] } {
  const rows = freshness.weekly.filter((w) => w.districtId === districtId).sort((a, b) => a.week.localeCompare(b.week));
  return { weeks: rows.map((r) => r.week), values: rows.map((r) => (r.share === null ? null : Math.round(r.share * 1000) / 10)) };
}
