import { Injectable } from '@nestjs/common';
import { type Page, toPage } from '../../common/pagination/page.js';
import { NotFoundProblem } from '../../common/problem/domain-exception.js';
import { shorten } from '@sociale-kaart/core';
import { toLocationDto, toPhoneDto } from '../services/services.service.js';
import type { OrganizationDetailDto, OrganizationListQueryDto, OrganizationSummaryDto } from './organizations.dto.js';
import { OrganizationsRepository } from './organizations.repository.js';

@Injectable()
export class OrganizationsService {
  constructor(private readonly organizations: OrganizationsRepository) {}

  async list(query: OrganizationListQueryDto): Promise<Page<OrganizationSummaryDto>> {
    const { organizations, total } = await this.organizations.findPublishedPage({
      offset: query.offset,
      limit: query.pageSize,
      name: query.name,
    });
    const items = organizations.map((o) => ({
      id: o.id,
      name: o.name,
      alternateName: o.alternateName,
      shortDescription: shorten(o.description),
      website: o.website,
      serviceCount: o.serviceCount,
      isDemo: o.isDemo,
      lastVerifiedAt: o.lastVerifiedAt?.toISOString() ?? null,
    }));
    return toPage(items, total, query);
  }

  async get(id: string): Promise<OrganizationDetailDto> {
    const organization = await this.organizations.findPublishedDetail(id);
    if (!organization) throw new NotFoundProblem('published organization', id);
    const services = await this.organizations.findPublishedServices(id);
    return {
      id: organization.id,
      name: organization.name,
      alternateName: organization.alternateName,
      description: organization.description,
      email: organization.email,
      website: organization.website,
      legalStatus: organization.legalStatus,
      taxId: organization.taxId,
      yearIncorporated: organization.yearIncorporated,
      translations: organization.translations,
      isDemo: organization.isDemo,
      phones: organization.phones.map(toPhoneDto),
      locations: organization.locations.map(toLocationDto).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
      services: services.map(({ id: serviceId, name }) => ({ id: serviceId, name })),
      lastVerifiedAt: organization.lastVerifiedAt?.toISOString() ?? null,
      updatedAt: organization.updatedAt.toISOString(),
      version: organization.version,
    };
  }
}
