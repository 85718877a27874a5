import { In, type DataSource } from 'typeorm';
import { Service, TaxonomyTerm } from '../database/entities/index.js';
import { TAXONOMY } from '../database/seeds/reference-seed.js';
import type { SearchDocument } from './search-document.js';

const SHORT_DESCRIPTION_LENGTH = 200;
const ACCESS_OPEN_ON_HOLIDAYS = 'open-op-feestdagen';

export interface BuiltDocuments {
  documents: SearchDocument[];
  /** Requested ids that are not (or no longer) published: remove them from the index. */
  removed: string[];
}

/** Reads services from PostgreSQL and turns the published ones into search documents. */
export class SearchDocumentBuilder {
  private terms?: Map<string, TaxonomyTerm>;

  constructor(private readonly dataSource: DataSource) {}

  async build(serviceIds: string[]): Promise<BuiltDocuments> {
    if (serviceIds.length === 0) return { documents: [], removed: [] };
    const terms = await this.termsById();
    const services = await this.dataSource.getRepository(Service).find({
      where: { id: In(serviceIds), publicationState: 'published', organization: { publicationState: 'published' } },
      relations: {
        organization: true,
        attributes: true,
        languages: true,
        costOptions: true,
        serviceAreas: true,
        schedules: true,
        serviceAtLocations: { location: { addresses: true, district: true, wijk: true } },
      },
      relationLoadStrategy: 'query',
    });
    const found = new Set(services.map((s) => s.id));
    return {
      documents: services.map((service) => toDocument(service, terms)),
      removed: serviceIds.filter((id) => !found.has(id)),
    };
  }

  /** Ids of every published service, in pages, for a full reindex. */
  async *publishedIds(pageSize = 500): AsyncGenerator<string[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource
        .getRepository(Service)
        .createQueryBuilder('service')
        .innerJoin('service.organization', 'organization')
        .select('service.id', 'id')
        .where(`service.publication_state = 'published' AND organization.publication_state = 'published'`)
        .andWhere('service.id > :after', { after })
        .orderBy('service.id')
        .limit(pageSize)
        .getRawMany<{ id: string }>();
      if (rows.length === 0) return;
      yield rows.map((r) => r.id);
      after = rows[rows.length - 1].id;
    }
  }

  async countPublished(): Promise<number> {
    return this.dataSource
      .getRepository(Service)
      .createQueryBuilder('service')
      .innerJoin('service.organization', 'organization')
      .where(`service.publication_state = 'published' AND organization.publication_state = 'published'`)
      .getCount();
  }

  private async termsById(): Promise<Map<string, TaxonomyTerm>> {
    this.terms ??= new Map((await this.dataSource.getRepository(TaxonomyTerm).find()).map((t) => [t.id, t]));
    return this.terms;
  }
}

function toDocument(service: Service, terms: Map<string, TaxonomyTerm>): SearchDocument {
  const ownTerms = service.attributes.map((a) => terms.get(a.taxonomyTermId)).filter((t): t is TaxonomyTerm => t !== undefined);
  const withAncestors = new Set<TaxonomyTerm>();
  for (const term of ownTerms) {
    for (let t: TaxonomyTerm | undefined = term; t; t = t.parentId ? terms.get(t.parentId) : undefined) withAncestors.add(t);
  }
  const codes = (taxonomy: string, set: Iterable<TaxonomyTerm>) =>
    [...new Set([...set].filter((t) => t.taxonomy === taxonomy).map((t) => t.code))].sort();
  const access = codes(TAXONOMY.access, ownTerms);
  const description = service.description ?? '';
  const translations = Object.values(service.translations ?? {}).flatMap((fields) => Object.values(fields ?? {}));
  const locations = service.serviceAtLocations
    .map((sal) => sal.location)
    .filter((l) => l.latitude !== null && l.longitude !== null)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((l) => {
      const address = l.addresses[0];
      return {
        locationId: l.id,
        name: l.name,
        latitude: l.latitude!,
        longitude: l.longitude!,
        districtId: l.districtId,
        districtName: l.district?.name ?? null,
        wijkId: l.wijkId,
        wijkName: l.wijk?.name ?? null,
        address: address ? `${address.address1}, ${address.postalCode} ${address.city}` : null,
      };
    });
  const areas = service.serviceAreas;
  return {
    serviceId: service.id,
    name: service.name,
    organizationId: service.organizationId,
    organizationName: service.organization.name,
    isDemo: service.organization.isDemo,
    shortDescription:
      description.length > SHORT_DESCRIPTION_LENGTH ? `${description.slice(0, SHORT_DESCRIPTION_LENGTH - 1)}…` : description,
    body: [description, service.alternateName, service.applicationProcess, service.eligibilityDescription, service.feesDescription]
      .filter(Boolean)
      .join('\n'),
    terms: [...withAncestors].flatMap((t) => [...Object.values(t.labels), ...t.keywords]).join(' \n'),
    translatedText: translations.join(' \n'),
    lifeDomains: codes(TAXONOMY.lifeDomain, withAncestors),
    ownLifeDomains: codes(TAXONOMY.lifeDomain, ownTerms),
    targetGroups: codes(TAXONOMY.targetGroup, withAncestors),
    languages: [...new Set(service.languages.map((l) => l.code))].sort(),
    access,
    isFree: service.costOptions.length === 0 ? null : service.costOptions.every((c) => c.amount === 0),
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
    schedules: service.schedules
      .filter((s) => s.serviceAtLocationId === null)
      .map(({ freq, byday, opensAt, closesAt, validFrom, validTo }) => ({ freq, byday, opensAt, closesAt, validFrom, validTo })),
    opensOnHolidays: access.includes(ACCESS_OPEN_ON_HOLIDAYS),
    followsPublicSectorCalendar: service.organization.isPublicSector,
    updatedAt: service.updatedAt.toISOString(),
    lastVerifiedAt: service.lastVerifiedAt?.toISOString() ?? null,
  };
}
