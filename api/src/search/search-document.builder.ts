import type { DataSource } from 'typeorm';
import { District, Service, TaxonomyTerm, Wijk } from '../database/entities/index.js';
import { TAXONOMY } from '../database/seeds/reference-seed.js';
import { type ScheduleRule, shorten, type VocabularyTaxonomy, vocabularyWords } from '@sociale-kaart/core';
import type { SearchDocument, SearchLocation } from './search-document.js';

const ACCESS_OPEN_ON_HOLIDAYS = 'open-op-feestdagen';

/**
 * What search, the snapshot and its change feed hold (issue #12): services that are published, of a
 * published organisation, and whose HSDS `status` is `active`. One going inactive, defunct or
 * temporarily closed leaves them at once (the feed reports it as a deletion). `s`/`o`: service and
 * organisation.
 */
export const LISTED = `s.publication_state = 'published' AND o.publication_state = 'published' AND s.status = 'active'`;

export interface BuiltDocuments {
  documents: SearchDocument[];
  /** Requested ids that are not (or no longer) published: remove them from the index. */
  removed: string[];
}

/** Reads services from PostgreSQL and turns the listed ones (LISTED) into search documents. */
export class SearchDocumentBuilder {
  private terms?: Map<string, TaxonomyTerm>;
  private placeNames?: Map<string, string>;

  constructor(private readonly dataSource: DataSource) {}

  async build(serviceIds: string[]): Promise<BuiltDocuments> {
    if (serviceIds.length === 0) return { documents: [], removed: [] };
    const terms = await this.termsById();
    const placeNames = await this.placeNamesById();
    // One statement that assembles each service's parts: hydrating the same graph through entity
    // relations cost seconds per few hundred services.
    const rows = await this.dataSource.query<ServiceRow[]>(
      `SELECT s.id, s.name, s.organization_id, o.name AS organization_name, o.is_demo, o.is_public_sector,
              s.description, s.alternate_name, s.application_process, s.eligibility_description, s.fees_description,
              s.translations, s.updated_at, s.last_verified_at,
              ARRAY(SELECT a.taxonomy_term_id FROM attribute a WHERE a.service_id = s.id) AS term_ids,
              ARRAY(SELECT DISTINCT l.code FROM language l WHERE l.service_id = s.id ORDER BY l.code) AS languages,
              ARRAY(SELECT c.amount::float8 FROM cost_option c WHERE c.service_id = s.id) AS amounts,
              coalesce((SELECT json_agg(json_build_object('scope', a.scope, 'code', a.code)) FROM service_area a WHERE a.service_id = s.id), '[]') AS areas,
              coalesce((SELECT json_agg(json_build_object('freq', sc.freq, 'byday', sc.byday, 'opensAt', sc.opens_at, 'closesAt', sc.closes_at,
                  'validFrom', sc.valid_from, 'validTo', sc.valid_to) ORDER BY sc.id)
                FROM schedule sc WHERE sc.service_id = s.id), '[]') AS schedules,
              coalesce((SELECT json_agg(json_build_object('locationId', l.id, 'name', l.name, 'latitude', l.latitude, 'longitude', l.longitude,
                  'districtId', l.district_id, 'wijkId', l.wijk_id,
                  'address', (SELECT ad.address_1 || ', ' || ad.postal_code || ' ' || ad.city FROM address ad WHERE ad.location_id = l.id ORDER BY ad.id LIMIT 1))
                  ORDER BY l.id)
                FROM service_at_location sal JOIN location l ON l.id = sal.location_id
                WHERE sal.service_id = s.id AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL), '[]') AS locations
       FROM service s JOIN organization o ON o.id = s.organization_id
       WHERE s.id = ANY($1::uuid[]) AND ${LISTED}`,
      [serviceIds],
    );
    const found = new Set(rows.map((r) => r.id));
    return {
      documents: rows.map((row) => toDocument(row, terms, placeNames)),
      removed: serviceIds.filter((id) => !found.has(id)),
    };
  }

  /** Ids of every listed service, in pages, for a full reindex. */
  async *publishedIds(pageSize = 500): AsyncGenerator<string[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource
        .getRepository(Service)
        .createQueryBuilder('s')
        .innerJoin('s.organization', 'o')
        .select('s.id', 'id')
        .where(LISTED)
        .andWhere('s.id > :after', { after })
        .orderBy('s.id')
        .limit(pageSize)
        .getRawMany<{ id: string }>();
      if (rows.length === 0) return;
      yield rows.map((r) => r.id);
      after = rows[rows.length - 1].id;
    }
  }

  async countPublished(): Promise<number> {
    return this.dataSource.getRepository(Service).createQueryBuilder('s').innerJoin('s.organization', 'o').where(LISTED).getCount();
  }

  private async placeNamesById(): Promise<Map<string, string>> {
    if (!this.placeNames) {
      const [districts, wijken] = await Promise.all([
        this.dataSource.getRepository(District).find({ select: { id: true, name: true } }),
        this.dataSource.getRepository(Wijk).find({ select: { id: true, name: true } }),
      ]);
      this.placeNames = new Map([...districts, ...wijken].map((p) => [p.id, p.name]));
    }
    return this.placeNames;
  }

  private async termsById(): Promise<Map<string, TaxonomyTerm>> {
    this.terms ??= new Map((await this.dataSource.getRepository(TaxonomyTerm).find()).map((t) => [t.id, t]));
    return this.terms;
  }
}

interface ServiceRow {
  id: string;
  name: string;
  organization_id: string;
  organization_name: string;
  is_demo: boolean;
  is_public_sector: boolean;
  description: string | null;
  alternate_name: string | null;
  application_process: string | null;
  eligibility_description: string | null;
  fees_description: string | null;
  translations: Record<string, Record<string, string> | undefined> | null;
  updated_at: Date;
  last_verified_at: Date | null;
  term_ids: string[];
  languages: string[];
  amounts: (number | null)[];
  areas: { scope: string; code: string | null }[];
  schedules: ScheduleRule[];
  locations: Omit<SearchLocation, 'districtName' | 'wijkName'>[];
}

const VOCABULARY_TAXONOMY: Record<string, VocabularyTaxonomy> = {
  [TAXONOMY.lifeDomain]: 'lifeDomain',
  [TAXONOMY.targetGroup]: 'targetGroup',
  [TAXONOMY.access]: 'access',
};

const byTaxonomyAndCode = (a: TaxonomyTerm, b: TaxonomyTerm) =>
  a.taxonomy < b.taxonomy ? -1 : a.taxonomy > b.taxonomy ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

function toDocument(service: ServiceRow, terms: Map<string, TaxonomyTerm>, placeNames: Map<string, string>): SearchDocument {
  const ownTerms = service.term_ids
    .map((id) => terms.get(id))
    .filter((t): t is TaxonomyTerm => t !== undefined)
    .sort(byTaxonomyAndCode);
  const ancestry = new Set<TaxonomyTerm>();
  for (const term of ownTerms) {
    for (let t: TaxonomyTerm | undefined = term; t; t = t.parentId ? terms.get(t.parentId) : undefined) ancestry.add(t);
  }
  // In a fixed order, not the order PostgreSQL happens to return the attribute rows in: the terms'
  // texts are positions in the index, and ranking must not depend on it.
  const withAncestors = [...ancestry].sort(byTaxonomyAndCode);
  const codes = (taxonomy: string, set: Iterable<TaxonomyTerm>) =>
    [...new Set([...set].filter((t) => t.taxonomy === taxonomy).map((t) => t.code))].sort();
  const access = codes(TAXONOMY.access, ownTerms);
  const description = service.description ?? '';
  const translations = Object.values(service.translations ?? {}).flatMap((fields) => Object.values(fields ?? {}));
  const locations = service.locations.map((l) => ({
    ...l,
    districtName: l.districtId ? (placeNames.get(l.districtId) ?? null) : null,
    wijkName: l.wijkId ? (placeNames.get(l.wijkId) ?? null) : null,
  }));
  const areas = service.areas;
  return {
    serviceId: service.id,
    name: service.name,
    organizationId: service.organization_id,
    organizationName: service.organization_name,
    isDemo: service.is_demo,
    shortDescription: shorten(description),
    body: [description, service.alternate_name, service.application_process, service.eligibility_description, service.fees_description]
      .filter(Boolean)
      .join('\n'),
    // The labels and keywords as stored, then the core's vocabulary (six languages) for the rest.
    terms: withAncestors
      .flatMap((t) => {
        const words = [...Object.values(t.labels), ...t.keywords];
        const known = new Set(words);
        return [...words, ...vocabularyWords(VOCABULARY_TAXONOMY[t.taxonomy], t.code).filter((w) => !known.has(w))];
      })
      .join(' \n'),
    translatedText: translations.join(' \n'),
    hitTranslations: Object.fromEntries(
      Object.entries(service.translations ?? {}).map(([language, fields]) => [
        language,
        { name: fields?.name, shortDescription: fields?.description ? shorten(fields.description) : undefined },
      ]),
    ),
    lifeDomains: codes(TAXONOMY.lifeDomain, withAncestors),
    ownLifeDomains: codes(TAXONOMY.lifeDomain, ownTerms),
    targetGroups: codes(TAXONOMY.targetGroup, withAncestors),
    languages: service.languages,
    access,
    isFree: service.amounts.length === 0 ? null : service.amounts.every((amount) => amount === 0),
    servesCity: areas.length === 0 || areas.some((a) => a.scope === 'city'),
    servesDistricts: areas
      .filter((a) => a.scope === 'district' && a.code)
      .map((a) => a.code!)
      .sort(),
    servesWijken: areas
      .filter((a) => a.scope === 'wijk' && a.code)
      .map((a) => a.code!)
      .sort(),
    locations,
    schedules: service.schedules,
    opensOnHolidays: access.includes(ACCESS_OPEN_ON_HOLIDAYS),
    followsPublicSectorCalendar: service.is_public_sector,
    updatedAt: service.updated_at.toISOString(),
    lastVerifiedAt: service.last_verified_at?.toISOString() ?? null,
  };
}
