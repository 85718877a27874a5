import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { Attribute, District, Language, ReferenceLanguage, Service, Wijk } from '../../database/entities/index.js';

/** A published service is published itself and belongs to a published organization. */
export function wherePublished<T extends Service>(query: SelectQueryBuilder<T>, alias = 'service'): SelectQueryBuilder<T> {
  return query
    .innerJoin(`${alias}.organization`, 'published_org')
    .andWhere(`${alias}.publication_state = 'published'`)
    .andWhere(`published_org.publication_state = 'published'`);
}

export interface ServiceCodes {
  lifeDomains: string[];
  languages: string[];
}

@Injectable()
export class ServicesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of published services, by name, with their organization. */
  async findPublishedPage(page: {
    offset: number;
    limit: number;
    organizationId?: string;
  }): Promise<{ services: Service[]; total: number }> {
    const query = wherePublished(this.dataSource.getRepository(Service).createQueryBuilder('service'))
      .leftJoinAndSelect('service.organization', 'organization')
      .orderBy('service.name', 'ASC')
      .addOrderBy('service.id', 'ASC')
      .skip(page.offset)
      .take(page.limit);
    if (page.organizationId) query.andWhere('service.organization_id = :organizationId', { organizationId: page.organizationId });
    const [services, total] = await query.getManyAndCount();
    return { services, total };
  }

  /** Life-domain and language codes of many services at once, for list items. */
  async findCodes(serviceIds: string[], lifeDomainTaxonomy: string): Promise<Map<string, ServiceCodes>> {
    const codes = new Map<string, ServiceCodes>(serviceIds.map((id) => [id, { lifeDomains: [], languages: [] }]));
    if (serviceIds.length === 0) return codes;
    const attributes = await this.dataSource
      .getRepository(Attribute)
      .createQueryBuilder('attribute')
      .innerJoinAndSelect('attribute.taxonomyTerm', 'term')
      .where('attribute.service_id IN (:...serviceIds)', { serviceIds })
      .andWhere('term.taxonomy = :taxonomy', { taxonomy: lifeDomainTaxonomy })
      .orderBy('term.position')
      .getMany();
    for (const attribute of attributes) codes.get(attribute.serviceId!)?.lifeDomains.push(attribute.taxonomyTerm.code);
    const languages = await this.dataSource.getRepository(Language).find({ where: { serviceId: In(serviceIds) }, order: { code: 'ASC' } });
    for (const language of languages) codes.get(language.serviceId!)?.languages.push(language.code);
    return codes;
  }

  /** A published service with everything its detail page shows. */
  findPublishedDetail(id: string): Promise<Service | null> {
    return this.dataSource.getRepository(Service).findOne({
      where: { id, publicationState: 'published', organization: { publicationState: 'published' } },
      relations: {
        organization: true,
        serviceAtLocations: { location: { addresses: true, district: true, wijk: true, phones: true } },
        phones: true,
        schedules: true,
        languages: true,
        attributes: { taxonomyTerm: { parent: true } },
        costOptions: true,
        requiredDocuments: true,
        serviceAreas: true,
        contacts: true,
      },
      // One query per relation instead of one join of every relation (a cartesian product).
      relationLoadStrategy: 'query',
    });
  }

  findReferenceLanguages(codes: string[]): Promise<ReferenceLanguage[]> {
    return codes.length === 0 ? Promise.resolve([]) : this.dataSource.getRepository(ReferenceLanguage).findBy({ code: In(codes) });
  }

  /** Display names of districts and wijken by id. */
  async findPlaceNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const [districts, wijken] = await Promise.all([
      this.dataSource.getRepository(District).find({ select: { id: true, name: true }, where: { id: In(ids) } }),
      this.dataSource.getRepository(Wijk).find({ select: { id: true, name: true }, where: { id: In(ids) } }),
    ]);
    return new Map([...districts, ...wijken].map((place) => [place.id, place.name]));
  }
}
