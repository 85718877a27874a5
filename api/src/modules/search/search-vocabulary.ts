import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { District, Holiday, ReferenceLanguage, TaxonomyTerm, Wijk } from '../../database/entities/index.js';
import { TAXONOMY } from '../../database/seeds/reference-seed.js';
import { holidayCalendar, type HolidayCalendar } from '@sociale-kaart/core';

export interface Vocabulary {
  lifeDomains: Set<string>;
  targetGroups: Set<string>;
  languages: Set<string>;
  districts: Map<string, string>;
  /** Wijk id → its district id and name. */
  wijken: Map<string, { districtId: string; name: string }>;
  holidays: HolidayCalendar;
}

/** The codes filters accept and the holidays hours are judged by: reference data, loaded once. */
@Injectable()
export class SearchVocabulary {
  private loaded?: Promise<Vocabulary>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get(): Promise<Vocabulary> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  private async load(): Promise<Vocabulary> {
    const [terms, languages, districts, wijken, holidays] = await Promise.all([
      this.dataSource.getRepository(TaxonomyTerm).find({ select: { code: true, taxonomy: true } }),
      this.dataSource.getRepository(ReferenceLanguage).find({ select: { code: true } }),
      this.dataSource.getRepository(District).find({ select: { id: true, name: true } }),
      this.dataSource.getRepository(Wijk).find({ select: { id: true, name: true, districtId: true } }),
      this.dataSource.getRepository(Holiday).find(),
    ]);
    const codes = (taxonomy: string) => new Set(terms.filter((t) => t.taxonomy === taxonomy).map((t) => t.code));
    return {
      lifeDomains: codes(TAXONOMY.lifeDomain),
      targetGroups: codes(TAXONOMY.targetGroup),
      languages: new Set(languages.map((l) => l.code)),
      districts: new Map(districts.map((d) => [d.id, d.name])),
      wijken: new Map(wijken.map((w) => [w.id, { districtId: w.districtId, name: w.name }])),
      holidays: holidayCalendar(holidays),
    };
  }
}
