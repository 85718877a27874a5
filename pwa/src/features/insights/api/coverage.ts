// GET /api/v1/insights/coverage: per district or wijk, how many published services serve its
// residents (its own area, its district, the whole city) and how many are located there, under
// the filters; per 10,000 residents only where the operator supplied population figures.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '../../../generated/api';
import type { CoverageArea, CoverageResponse } from '../../../lib/api-types';
import { getInsight } from './insights-client';
import { insightsQuery, type InsightsFilters } from '../insights-filters';

export type AreaLevel = CoverageResponse['level'];
export type { CoverageArea };

export function useCoverage(level: AreaLevel, filters: InsightsFilters) {
  const query = { level, ...insightsQuery(filters) };
  return useQuery({
    queryKey: ['insights', 'coverage', query],
    queryFn: ({ signal }) => getInsight<CoverageResponse>('/api/v1/insights/coverage', query, signal),
    placeholderData: keepPreviousData,
  });
}

export type AreaService = components['schemas']['AreaServiceDto'];
type AreaServicePage = components['schemas']['AreaServicePageDto'];

/** The API's largest page; "all N services" opens the search for the rest. */
export const AREA_SERVICES_PAGE = 100;

/** GET /api/v1/insights/coverage/services: the services behind one area's figure, most local first. */
export function useAreaServices(areaId: string, filters: InsightsFilters) {
  const query = { area: areaId, ...insightsQuery(filters), pageSize: String(AREA_SERVICES_PAGE) };
  return useQuery({
    queryKey: ['insights', 'area-services', query],
    queryFn: ({ signal }) => getInsight<AreaServicePage>('/api/v1/insights/coverage/services', query, signal),
  });
}
