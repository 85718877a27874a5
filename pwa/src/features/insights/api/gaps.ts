// GET /api/v1/insights/gaps: area × life domain (× language or target group) that no service
// serves, or only city-wide ones, most searched for first; `format=csv` gives the same as CSV.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Gap, GapsResponse } from '../../../lib/api-types';
import { getInsight } from './insights-client';
import { insightsQuery, type InsightsFilters } from '../insights-filters';
import type { AreaLevel } from './coverage';

export type { Gap };

const GAPS_PATH = '/api/v1/insights/gaps';

/** With a language (or target group) filter, one gap per language (or group): "no Arabic-speaking … in Merksem". */
function gapsQuery(level: AreaLevel, filters: InsightsFilters): Record<string, string> {
  const split = filters.language.length > 0 ? 'language' : filters.targetGroup.length > 0 ? 'targetGroup' : null;
  return { level, ...insightsQuery(filters), ...(split ? { split } : {}) };
}

export function useGaps(level: AreaLevel, filters: InsightsFilters) {
  const query = gapsQuery(level, filters);
  return useQuery({
    queryKey: ['insights', 'gaps', query],
    queryFn: ({ signal }) => getInsight<GapsResponse>(GAPS_PATH, query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The CSV download of the same list. */
export function gapsCsvUrl(level: AreaLevel, filters: InsightsFilters): string {
  return `${GAPS_PATH}?${new URLSearchParams({ ...gapsQuery(level, filters), format: 'csv' }).toString()}`;
}
