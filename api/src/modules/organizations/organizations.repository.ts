import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Organization, Service } from '../../database/entities/index.js';

export type OrganizationWithCount = Organization & { serviceCount: number };

@Injectable()
export class OrganizationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of published organizations by name, with their number of published services. */
  async findPublishedPage(page: {
    offset: number;
    limit: number;
    name?: string;
  }): Promise<{ organizations: OrganizationWithCount[]; total: number }> {
    const query = this.dataSource
      .getRepository(Organization)
      .createQueryBuilder('organization')
      .where(`organization.publication_state = 'published'`);
    if (page.name) {
      query.andWhere(`unaccent(organization.name) ILIKE '%' || unaccent(:name) || '%'`, { name: escapeLike(page.name) });
    }
    const total = await query.getCount();
    const { entities, raw } = await query
      .addSelect(
        (sub) =>
          sub
            .select('count(*)::int')
            .from(Service, 'service')
            .where('service.organization_id = organization.id')
            .andWhere(`service.publication_state = 'published'`),
        'service_count',
      )
      .orderBy('organization.name', 'ASC')
      .addOrderBy('organization.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getRawAndEntities<{ service_count: number }>();
    return { organizations: entities.map((o, i) => Object.assign(o, { serviceCount: raw[i].service_count })), total };
  }

  findPublishedDetail(id: string): Promise<Organization | null> {
    return this.dataSource.getRepository(Organization).findOne({
      where: { id, publicationState: 'published' },
      relations: { phones: true, locations: { addresses: true, district: true, wijk: true, phones: true } },
      relationLoadStrategy: 'query',
    });
  }

  findPublishedServices(organizationId: string): Promise<Pick<Service, 'id' | 'name'>[]> {
    return this.dataSource.getRepository(Service).find({
      select: { id: true, name: true },
      where: { organizationId, publicationState: 'published' },
      order: { name: 'ASC' },
    });
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
