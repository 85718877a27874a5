// What every insight figure starts from: the current facts, the places, the category codes with
// their Dutch names, the operator's population figures, and the filters checked as search checks them.
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { SearchQueryDto } from '../search/search.dto.js';
import { toFilters } from '../search/search.service.js';
import { SearchVocabulary } from '../search/search-vocabulary.js';
import type { AppliedFiltersDto } from './coverage.dto.js';
import type { FactFilters, Places } from './coverage.js';
import { type InsightFact, InsightFacts } from './insight-facts.js';
import type { InsightFilterQueryDto } from './insights-query.dto.js';
import { type Categories, InsightsRepository } from './insights.repository.js';
import { loadPopulation, type Population } from './population.js';

@Injectable()
export class InsightsContext implements OnModuleInit {
  private readonly facts: InsightFacts;
  private reference?: Promise<{ places: Places; categories: Categories }>;
  private populationByCode = new Map<string, Population>();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly repository: InsightsRepository,
    private readonly vocabulary: SearchVocabulary,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.facts = new InsightFacts(dataSource);
  }

  /** A population file that cannot be read or names unknown places stops the start, with every problem. */
  async onModuleInit(): Promise<void> {
    const path = this.config.insights.populationCsv;
    if (!path) return;
    const { places } = await this.load();
    this.populationByCode = await loadPopulation(path, new Set([...places.districts, ...places.wijken].map((p) => p.id)));
  }

  currentFacts(): Promise<Iterable<InsightFact>> {
    return this.facts.current();
  }

  async places(): Promise<Places> {
    return (await this.load()).places;
  }

  async categories(): Promise<Categories> {
    return (await this.load()).categories;
  }

  population(code: string): Population | undefined {
    return this.populationByCode.get(code);
  }

  populationSources(): { source: string; date: string }[] {
    const seen = new Map<string, { source: string; date: string }>();
    for (const { source, date } of this.populationByCode.values()) seen.set(`${source}\n${date}`, { source, date });
    return [...seen.values()];
  }

  /** The search API's checks (unknown codes: 400 naming the parameter); the insight filters are a subset of its parameters. */
  async filters(query: InsightFilterQueryDto): Promise<FactFilters> {
    const vocabulary = await this.vocabulary.get();
    const { filters } = toFilters(Object.assign(new SearchQueryDto(), query), vocabulary, new Date());
    return {
      lifeDomains: filters.lifeDomains,
      targetGroups: filters.targetGroups,
      languages: filters.languages,
      isFree: filters.free === true,
      isWalkIn: filters.walkIn === true,
    };
  }

  async isKnownPlace(id: string): Promise<boolean> {
    const vocabulary = await this.vocabulary.get();
    return vocabulary.districts.has(id) || vocabulary.wijken.has(id);
  }

  private load(): Promise<{ places: Places; categories: Categories }> {
    this.reference ??= (async () => ({ places: await this.repository.findPlaces(), categories: await this.repository.findCategories() }))();
    this.reference.catch(() => (this.reference = undefined));
    return this.reference;
  }
}

export function appliedFilters(filters: FactFilters): AppliedFiltersDto {
  return {
    lifeDomain: filters.lifeDomains,
    targetGroup: filters.targetGroups,
    language: filters.languages,
    free: filters.isFree,
    walkIn: filters.isWalkIn,
  };
}
