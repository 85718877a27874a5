// Loads the reference data from `data/` into PostgreSQL: districts and wijken with their
// polygons, the three taxonomies with their terms, languages and holidays. Idempotent (upserts by
// stable id), so it runs on every start and picks up changed labels.
import { belgianHolidays } from '@sociale-kaart/core';
import type { DataSource, EntityManager } from 'typeorm';
import { District, Holiday, ReferenceLanguage, Taxonomy, TaxonomyTerm, Wijk } from '../entities/index.js';
import {
  readAccessTerms,
  readDistrictFacts,
  readDistricts,
  readHolidayRules,
  readLanguages,
  readLifeDomains,
  readTargetGroups,
  readWijken,
  type ReferenceTaxonomy,
} from './reference-files.js';
import { stableId } from './stable-id.js';

/**
 * The holiday table (which the phones receive in their snapshot) holds the computed holidays from
 * the project's first year to ten years past the year of the last start.
 */
const FIRST_HOLIDAY_YEAR = 2025;
const HOLIDAY_YEARS_AHEAD = 10;

/** Our taxonomy codes, as the HSDS profile names them. */
export const TAXONOMY = { lifeDomain: 'levensdomein', targetGroup: 'doelgroep', access: 'toegang' } as const;

export const taxonomyId = (code: string) => stableId('taxonomy', code);
export const termId = (taxonomyCode: string, termCode: string) => stableId('taxonomy_term', taxonomyCode, termCode);

export async function seedReferenceData(dataSource: DataSource, dataDir: string): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await seedPlaces(manager, dataDir);
    for (const reference of [await readLifeDomains(dataDir), await readTargetGroups(dataDir), await readAccessTerms(dataDir)]) {
      await seedTaxonomy(manager, reference);
    }
    const languages = await readLanguages(dataDir);
    await manager.upsert(
      ReferenceLanguage,
      languages.map((l, position) => ({ code: l.code, name: l.name, native: l.native, rtl: l.rtl, position })),
      ['code'],
    );
    await seedHolidays(manager, dataDir);
  });
}

async function seedHolidays(manager: EntityManager, dataDir: string): Promise<void> {
  const rules = await readHolidayRules(dataDir);
  const holidays = [];
  for (let year = FIRST_HOLIDAY_YEAR; year <= new Date().getFullYear() + HOLIDAY_YEARS_AHEAD; year++) {
    holidays.push(...belgianHolidays(year, rules));
  }
  await manager.upsert(Holiday, holidays, ['date']);
  // A day taken out of the rules goes from the table too.
  await manager.query('DELETE FROM holiday WHERE NOT (date = ANY($1::date[]))', [holidays.map((h) => h.date)]);
}

async function seedPlaces(manager: EntityManager, dataDir: string): Promise<void> {
  const [districts, facts, wijken] = await Promise.all([readDistricts(dataDir), readDistrictFacts(dataDir), readWijken(dataDir)]);
  await manager.upsert(
    District,
    districts.features.map(({ properties, geometry }) => {
      const core = facts.find((f) => f.id === properties.id)?.core;
      if (!core) throw new Error(`No label point for district ${properties.id} in antwerp-districts.json`);
      return {
        id: properties.id,
        name: properties.name,
        postcodes: properties.postcodes,
        geometry,
        labelLatitude: core.lat,
        labelLongitude: core.lng,
      };
    }),
    ['id'],
  );
  // The Scheldt is a polygon of the source, not a wijk: nobody lives there.
  const rows = wijken.features
    .filter(({ properties }) => !properties.is_water && properties.district_id)
    .map(({ properties, geometry }) => ({ id: properties.id, name: properties.name, districtId: properties.district_id!, geometry }));
  await manager.upsert(Wijk, rows, ['id']);
}

async function seedTaxonomy(manager: EntityManager, reference: ReferenceTaxonomy): Promise<void> {
  const code = reference.taxonomy.id;
  await manager.upsert(
    Taxonomy,
    {
      id: taxonomyId(code),
      code,
      name: reference.taxonomy.name.nl,
      labels: reference.taxonomy.name,
      description: reference.taxonomy.description ?? reference.taxonomy.name.nl,
    },
    ['id'],
  );
  const known = new Set(reference.terms.map((t) => t.code));
  // Parents first: a term's parent must exist when the term is written.
  const ordered = [...reference.terms].sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null));
  await manager.upsert(
    TaxonomyTerm,
    ordered.map((term) => {
      if (term.parent && !known.has(term.parent)) throw new Error(`Term ${term.code} has an unknown parent ${term.parent}`);
      return {
        id: termId(code, term.code),
        code: term.code,
        name: term.name.nl,
        labels: term.name,
        description: term.description ?? term.name.nl,
        parentId: term.parent ? termId(code, term.parent) : null,
        taxonomy: code,
        taxonomyId: taxonomyId(code),
        language: 'nl',
        keywords: term.keywords ?? [],
        position: reference.terms.indexOf(term),
      };
    }),
    ['id'],
  );
}
