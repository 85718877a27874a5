import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../../common/problem/domain-exception.js';
import { CoverageService } from '../coverage.service.js';
import { byOldestVerification, servesDistrict } from '../freshness.js';
import { FreshnessService } from '../freshness.service.js';
import { InsightsContext } from '../insights-context.js';
import { CoverageQueryDto, FreshnessQueryDto, GapsQueryDto } from '../insights-query.dto.js';
import { SearchesQueryDto } from '../searches/searches.dto.js';
import { SearchesService } from '../searches/searches.service.js';
import type { DistrictReportDto } from './district-report.dto.js';

const OLDEST = 10;

/** The printable "sociale kaart van <district>": its figures from every insight, in one answer. */
@Injectable()
export class DistrictReportService {
  constructor(
    private readonly context: InsightsContext,
    private readonly coverage: CoverageService,
    private readonly freshness: FreshnessService,
    private readonly searches: SearchesService,
  ) {}

  async report(districtId: string, now = new Date()): Promise<DistrictReportDto> {
    const places = await this.context.places();
    const district = places.districts.find((d) => d.id === districtId);
    if (!district) throw new NotFoundProblem('district', districtId);
    const inDistrict = (id: string) => id === districtId || places.wijken.some((w) => w.id === id && w.districtId === districtId);
    const query = <T extends object>(type: new () => T, values: Partial<T>) => Object.assign(new type(), values);
    const [byDistrict, byWijk, districtGaps, wijkGaps, freshness, searches] = await Promise.all([
      this.coverage.coverage(query(CoverageQueryDto, { level: 'district' }), now),
      this.coverage.coverage(query(CoverageQueryDto, { level: 'wijk' }), now),
      this.coverage.gaps(query(GapsQueryDto, { level: 'district' }), now),
      this.coverage.gaps(query(GapsQueryDto, { level: 'wijk' }), now),
      this.freshness.freshness(query(FreshnessQueryDto, { limit: 1 }), now),
      this.searches.analytics(query(SearchesQueryDto, { district: [districtId] }), undefined, now),
    ]);
    const oldest = [...(await this.context.currentFacts())].filter((f) => servesDistrict(f, districtId)).sort(byOldestVerification);
    return {
      district: { id: district.id, name: district.name, population: this.context.population(district.id) ?? null },
      categories: byDistrict.categories,
      coverage: byDistrict.areas.find((a) => a.id === districtId)!,
      wijken: byWijk.areas.filter((a) => a.districtId === districtId),
      gaps: [...districtGaps.gaps, ...wijkGaps.gaps]
        .filter((g) => inDistrict(g.areaId))
        .sort((a, b) => b.demand.searches - a.demand.searches || b.demand.zeroResults - a.demand.zeroResults),
      freshness: {
        district: freshness.districts.find((d) => d.id === districtId)!,
        oldest: oldest.slice(0, OLDEST).map((f) => ({
          id: f.id,
          name: f.name,
          organization: { id: f.organizationId, name: f.organizationName },
          lastVerifiedAt: f.lastVerifiedAt === null ? null : new Date(f.lastVerifiedAt).toISOString(),
        })),
        weekly: freshness.weekly.filter((w) => w.districtId === districtId),
      },
      searches: {
        since: searches.since,
        weekly: searches.weekly,
        byLifeDomain: searches.byLifeDomain,
        topZeroResults: searches.topZeroResults,
      },
      populationSources: byDistrict.populationSources,
      generatedAt: now.toISOString(),
    };
  }
}
