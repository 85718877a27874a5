import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../common/problem/domain-exception.js';
import { type Page, toPage } from '../../common/pagination/page.js';
import type { Attribute, Location, Phone } from '../../database/entities/index.js';
import { TAXONOMY } from '../../database/seeds/reference-seed.js';
import { shorten } from '@sociale-kaart/core';
import { toTermDto } from '../taxonomies/taxonomies.service.js';
import type { PhoneDto, ServiceDetailDto, ServiceListQueryDto, ServiceLocationDto, ServiceSummaryDto } from './services.dto.js';
import { ServicesRepository } from './services.repository.js';

@Injectable()
export class ServicesService {
  constructor(private readonly services: ServicesRepository) {}

  async list(query: ServiceListQueryDto): Promise<Page<ServiceSummaryDto>> {
    const { services, total } = await this.services.findPublishedPage({
      offset: query.offset,
      limit: query.pageSize,
      organizationId: query.organizationId,
    });
    const codes = await this.services.findCodes(
      services.map((s) => s.id),
      TAXONOMY.lifeDomain,
    );
    const items = services.map((service) => ({
      id: service.id,
      name: service.name,
      organization: { id: service.organization.id, name: service.organization.name, isDemo: service.organization.isDemo },
      shortDescription: shorten(service.description ?? ''),
      lifeDomains: codes.get(service.id)?.lifeDomains ?? [],
      languages: codes.get(service.id)?.languages ?? [],
      lastVerifiedAt: service.lastVerifiedAt?.toISOString() ?? null,
      updatedAt: service.updatedAt.toISOString(),
    }));
    return toPage(items, total, query);
  }

  async get(id: string): Promise<ServiceDetailDto> {
    const service = await this.services.findPublishedDetail(id);
    if (!service) throw new NotFoundProblem('published service', id);
    const languageCodes = service.languages.map((l) => l.code);
    const [referenceLanguages, placeNames] = await Promise.all([
      this.services.findReferenceLanguages(languageCodes),
      this.services.findPlaceNames(service.serviceAreas.map((a) => a.code).filter((c): c is string => c !== null)),
    ]);
    const byTaxonomy = (taxonomy: string | null) =>
      service.attributes
        .filter((a) =>
          taxonomy ? a.taxonomyTerm.taxonomy === taxonomy : !Object.values<string>(TAXONOMY).includes(a.taxonomyTerm.taxonomy),
        )
        .sort(byTermPosition)
        .map((a) => toTermDto(a.taxonomyTerm as Parameters<typeof toTermDto>[0]));
    const hasCost = service.costOptions.length > 0;
    return {
      id: service.id,
      name: service.name,
      alternateName: service.alternateName,
      description: service.description,
      url: service.url,
      email: service.email,
      status: service.status,
      interpretationServices: service.interpretationServices,
      applicationProcess: service.applicationProcess,
      feesDescription: service.feesDescription,
      waitTime: service.waitTime,
      eligibilityDescription: service.eligibilityDescription,
      minimumAge: service.minimumAge,
      maximumAge: service.maximumAge,
      alert: service.alert,
      translations: service.translations,
      organization: {
        id: service.organization.id,
        name: service.organization.name,
        isDemo: service.organization.isDemo,
        website: service.organization.website,
        email: service.organization.email,
      },
      locations: service.serviceAtLocations
        .map((sal) => toLocationDto(sal.location))
        .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
      phones: service.phones.map(toPhoneDto),
      schedules: service.schedules
        .map((s) => ({
          id: s.id,
          freq: s.freq,
          byday: s.byday,
          opensAt: s.opensAt,
          closesAt: s.closesAt,
          validFrom: s.validFrom,
          validTo: s.validTo,
          description: s.description,
          notes: s.notes,
          locationId: s.locationId,
        }))
        .sort((a, b) => (a.opensAt ?? '').localeCompare(b.opensAt ?? '')),
      languages: service.languages
        .map((language) => {
          const reference = referenceLanguages.find((r) => r.code === language.code);
          return {
            code: language.code,
            name: (reference?.name as Record<string, string> | undefined) ?? null,
            native: reference?.native ?? null,
            note: language.note,
            position: reference?.position ?? Number.MAX_SAFE_INTEGER,
          };
        })
        .sort((a, b) => a.position - b.position)
        .map(({ position: _position, ...language }) => language),
      lifeDomains: byTaxonomy(TAXONOMY.lifeDomain),
      targetGroups: byTaxonomy(TAXONOMY.targetGroup),
      access: byTaxonomy(TAXONOMY.access),
      otherTerms: byTaxonomy(null),
      costOptions: service.costOptions.map(({ option, amount, currency, amountDescription, validFrom, validTo }) => ({
        option,
        amount,
        currency,
        amountDescription,
        validFrom,
        validTo,
      })),
      isFree: hasCost ? service.costOptions.every((c) => c.amount === 0) : null,
      serviceAreas: service.serviceAreas.map((area) => ({
        scope: area.scope,
        code: area.code,
        name: area.name ?? (area.code ? (placeNames.get(area.code) ?? null) : 'Antwerpen'),
        uri: area.uri,
      })),
      servesWholeCity: service.serviceAreas.length === 0 || service.serviceAreas.some((a) => a.scope === 'city'),
      requiredDocuments: service.requiredDocuments.map(({ document, uri }) => ({ document, uri })),
      contacts: service.contacts.map(({ name, title, department, email }) => ({ name, title, department, email })),
      lastVerifiedAt: service.lastVerifiedAt?.toISOString() ?? null,
      createdAt: service.createdAt.toISOString(),
      updatedAt: service.updatedAt.toISOString(),
      version: service.version,
    };
  }
}

function byTermPosition(a: Attribute, b: Attribute): number {
  return a.taxonomyTerm.position - b.taxonomyTerm.position;
}

export function toPhoneDto({ number, extension, type, description }: Phone): PhoneDto {
  return { number, extension, type, description };
}

export function toLocationDto(location: Location): ServiceLocationDto {
  const address = location.addresses?.[0];
  return {
    id: location.id,
    name: location.name,
    description: location.description,
    transportation: location.transportation,
    latitude: location.latitude,
    longitude: location.longitude,
    address: address
      ? {
          address1: address.address1,
          address2: address.address2,
          postalCode: address.postalCode,
          city: address.city,
          country: address.country,
        }
      : null,
    district: location.district ? { id: location.district.id, name: location.district.name } : null,
    wijk: location.wijk ? { id: location.wijk.id, name: location.wijk.name } : null,
    placeStatus: location.placeStatus,
    phones: (location.phones ?? []).map(toPhoneDto),
  };
}
