import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { ValidationProblem } from '../../common/problem/domain-exception.js';
import { type Page, toPage } from '../../common/pagination/page.js';
import { ZONE } from '@sociale-kaart/core';
import type { AreaServiceDto, CountsDto, CoverageResponseDto, GapDto, GapsResponseDto } from './coverage.dto.js';
import {
  ALL,
  type AreaLevel,
  categoriesOf,
  countCoverage,
  type Counts,
  locatedIn,
  matches,
  NO_COUNTS,
  reachIn,
  type Reach,
} from './coverage.js';
import type { AreaServicesQueryDto, CoverageQueryDto, GapsQueryDto } from './insights-query.dto.js';
import { appliedFilters, InsightsContext } from './insights-context.js';
import { InsightsRepository } from './insights.repository.js';
import { perTenThousand, type Population } from './population.js';

const REACH_ORDER: Record<Reach, number> = { local: 0, district: 1, city: 2 };

const withRate = (counts: Counts, population: Population | undefined): CountsDto => ({
  ...counts,
  servingPer10k: perTenThousand(counts.serving, population),
});

/** Coverage, the services behind one area's figure, and the gaps (docs/insights.md). */
@Injectable()
export class CoverageService {
  constructor(
    private readonly context: InsightsContext,
    private readonly repository: InsightsRepository,
  ) {}

  async coverage(query: CoverageQueryDto, now = new Date()): Promise<CoverageResponseDto> {
    const level = query.level ?? 'district';
    const by = query.by ?? 'lifeDomain';
    const filters = await this.context.filters(query);
    const [facts, places, categories] = await Promise.all([this.context.currentFacts(), this.context.places(), this.context.categories()]);
    const table = countCoverage(facts, filters, level, places, (fact) => categoriesOf(fact, by));
    const areas = level === 'district' ? places.districts : places.wijken;
    return {
      level,
      by,
      filters: appliedFilters(filters),
      categories: categories[by],
      areas: areas.map((area) => {
        const row = table.get(area.id)!;
        const population = this.context.population(area.id);
        return {
          id: area.id,
          name: area.name,
          level,
          districtId: area.districtId,
          population: population ?? null,
          total: withRate(row.get(ALL) ?? NO_COUNTS, population),
          cells: [...row]
            .filter(([code]) => code !== ALL)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([code, counts]) => ({ code, ...withRate(counts, population) })),
        };
      }),
      populationSources: this.context.populationSources(),
      generatedAt: now.toISOString(),
    };
  }

  /** The services behind an area's figure: those serving its residents, most local first. */
  async servicesServing(query: AreaServicesQueryDto): Promise<Page<AreaServiceDto>> {
    const filters = await this.context.filters(query);
    if (!(await this.context.isKnownPlace(query.area))) {
      throw new ValidationProblem([{ name: 'area', in: 'query', reason: `unknown district or wijk: ${query.area}` }]);
    }
    const [facts, places] = await Promise.all([this.context.currentFacts(), this.context.places()]);
    const district = places.districts.find((d) => d.id === query.area);
    const level: AreaLevel = district ? 'district' : 'wijk';
    const area = district ?? places.wijken.find((w) => w.id === query.area)!;
    const found: AreaServiceDto[] = [];
    for (const fact of facts) {
      if (!matches(fact, filters)) continue;
      const reach = reachIn(fact, area, level);
      if (!reach || (query.reach && reach !== query.reach)) continue;
      found.push({
        id: fact.id,
        name: fact.name,
        organization: { id: fact.organizationId, name: fact.organizationName },
        reach,
        isLocatedHere: locatedIn(fact, level).includes(area.id),
        lifeDomains: fact.lifeDomains,
        languages: fact.languages,
        lastVerifiedAt: fact.lastVerifiedAt === null ? null : new Date(fact.lastVerifiedAt).toISOString(),
      });
    }
    found.sort((a, b) => REACH_ORDER[a.reach] - REACH_ORDER[b.reach] || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
    // IntersectionType copies the page fields but not PageQueryDto's `offset` getter.
    const offset = (query.page - 1) * query.pageSize;
    return toPage(found.slice(offset, offset + query.pageSize), found.length, query);
  }

  /**
   * Area × life domain (× each value of the `split` filter) that no service serves, or only
   * city-wide ones; ordered by how often people searched for that life domain there.
   */
  async gaps(query: GapsQueryDto, now = new Date()): Promise<GapsResponseDto> {
    const level = query.level ?? 'district';
    const weeks = query.weeks ?? 8;
    const filters = await this.context.filters(query);
    const split = query.split ?? null;
    const splitValues = split === 'language' ? filters.languages : split === 'targetGroup' ? filters.targetGroups : [];
    if (split && splitValues.length === 0) {
      throw new ValidationProblem([
        { name: 'split', in: 'query', reason: `split=${split} needs the ${split} filter (the values to split by)` },
      ]);
    }
    const [facts, places, categories] = await Promise.all([this.context.currentFacts(), this.context.places(), this.context.categories()]);
    // The asked life domains and their sub-domains; without one, the top-level domains.
    const domains = categories.lifeDomain
      .filter((c) =>
        filters.lifeDomains.length === 0
          ? c.parent === null
          : filters.lifeDomains.some((code) => c.code === code || c.code.startsWith(`${code}/`)),
      )
      .map((c) => c.code);
    const domainSet = new Set(domains);
    const values = split ? splitValues : [null];
    const keyOf = (domain: string, value: string | null) => (value === null ? domain : `${domain}|${value}`);
    const table = countCoverage(facts, filters, level, places, (fact) => {
      const own = fact.lifeDomains.filter((d) => domainSet.has(d));
      if (!split) return own;
      const have = split === 'language' ? fact.languages : fact.targetGroups;
      return own.flatMap((d) => values.filter((v) => have.includes(v!)).map((v) => keyOf(d, v)));
    });
    const since = DateTime.fromJSDate(now, { zone: ZONE })
      .startOf('week')
      .minus({ weeks: weeks - 1 })
      .toISODate()!;
    const demand = demandByDomain(await this.repository.findDemand(since, level));
    const gaps: GapDto[] = [];
    for (const area of level === 'district' ? places.districts : places.wijken) {
      const row = table.get(area.id)!;
      for (const domain of domains) {
        for (const value of values) {
          const counts = row.get(keyOf(domain, value)) ?? NO_COUNTS;
          if (counts.local + counts.district > 0) continue;
          gaps.push({
            areaId: area.id,
            areaName: area.name,
            level,
            districtId: area.districtId,
            lifeDomain: domain,
            language: split === 'language' ? value : null,
            targetGroup: split === 'targetGroup' ? value : null,
            kind: counts.serving === 0 ? 'none' : 'city-wide-only',
            cityWide: counts.cityWide,
            demand: demand.get(`${domain}\n${area.id}`) ?? { searches: 0, zeroResults: 0 },
            demandAnywhere: demand.get(`${domain}\n`) ?? { searches: 0, zeroResults: 0 },
          });
        }
      }
    }
    gaps.sort(
      (a, b) =>
        b.demand.searches - a.demand.searches ||
        b.demand.zeroResults - a.demand.zeroResults ||
        b.demandAnywhere.searches - a.demandAnywhere.searches ||
        (a.kind === b.kind ? 0 : a.kind === 'none' ? -1 : 1) ||
        a.areaName.localeCompare(b.areaName, 'nl') ||
        a.lifeDomain.localeCompare(b.lifeDomain) ||
        (a.language ?? a.targetGroup ?? '').localeCompare(b.language ?? b.targetGroup ?? ''),
    );
    return { level, filters: appliedFilters(filters), split, weeks, demandSince: since, gaps, generatedAt: now.toISOString() };
  }
}

/** Demand per `<life domain>\n<area id>` (empty area: anywhere); a search for a sub-domain also counts for its parents. */
function demandByDomain(
  rows: Awaited<ReturnType<InsightsRepository['findDemand']>>,
): Map<string, { searches: number; zeroResults: number }> {
  const demand = new Map<string, { searches: number; zeroResults: number }>();
  for (const row of rows) {
    const parts = row.lifeDomain.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const key = `${parts.slice(0, i).join('/')}\n${row.area ?? ''}`;
      const sum = demand.get(key) ?? { searches: 0, zeroResults: 0 };
      sum.searches += row.searches;
      sum.zeroResults += row.zeroResults;
      demand.set(key, sum);
    }
  }
  return demand;
}
