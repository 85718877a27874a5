// Composes a snapshot record from the search document (which already holds the classification,
// places, hours and cost rule, built once for every engine) and the detail texts and contacts
// that a search document leaves out. Empty values are dropped here: at 20,000 services every
// `"alert":null` costs.
import type { SearchDocument } from '../../search/search-document.js';
import type { SnapshotLocationDto, SnapshotPhoneDto, SnapshotScheduleDto, SnapshotServiceDto } from './snapshot.dto.js';

/** The columns of a service that its search document does not carry. */
export interface ServiceDetailRow {
  id: string;
  description: string | null;
  alternateName: string | null;
  applicationProcess: string | null;
  eligibilityDescription: string | null;
  feesDescription: string | null;
  interpretationServices: string | null;
  waitTime: string | null;
  alert: string | null;
  status: string;
  email: string | null;
  url: string | null;
  translations: Record<string, Record<string, string> | undefined> | null;
  phones: { number: string; extension?: number; type?: string; description?: string }[];
  requiredDocuments: string[];
  /** The service's temporary closure (editing/service-parts.ts), past or not: the device compares the dates. */
  temporaryClosure: { from: string; to: string; message: string } | null;
}

type Present<T> = { [K in keyof T]?: Exclude<T[K], null> };

/** Only the entries whose value is neither null, undefined nor an empty string. */
function present<T extends object>(fields: T): Present<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined && value !== ''),
  ) as Present<T>;
}

function nonEmptyTranslations(translations: ServiceDetailRow['translations']): Record<string, Record<string, string>> | undefined {
  const languages = Object.entries(translations ?? {})
    .map(([language, fields]) => [language, present(fields ?? {})] as const)
    .filter(([, fields]) => Object.keys(fields).length > 0);
  return languages.length > 0 ? (Object.fromEntries(languages) as Record<string, Record<string, string>>) : undefined;
}

export function toSnapshotRecord(document: SearchDocument, detail: ServiceDetailRow): SnapshotServiceDto {
  const locations: SnapshotLocationDto[] = document.locations.map((l) => ({
    id: l.locationId,
    ...present({ name: l.name, address: l.address }),
    latitude: l.latitude,
    longitude: l.longitude,
    ...present({ districtId: l.districtId, wijkId: l.wijkId }),
  }));
  const schedules: SnapshotScheduleDto[] = document.schedules.map((s) => present(s));
  const phones: SnapshotPhoneDto[] = detail.phones.map((p) => ({ ...present(p), number: p.number }));
  return {
    id: document.serviceId,
    name: document.name,
    ...present({ alternateName: detail.alternateName }),
    organization: { id: document.organizationId, name: document.organizationName },
    isDemo: document.isDemo,
    description: detail.description ?? '',
    ...present({
      applicationProcess: detail.applicationProcess,
      eligibilityDescription: detail.eligibilityDescription,
      feesDescription: detail.feesDescription,
      interpretationServices: detail.interpretationServices,
      waitTime: detail.waitTime,
      alert: detail.alert,
    }),
    status: detail.status,
    ...present({ email: detail.email, url: detail.url }),
    lifeDomains: document.ownLifeDomains,
    targetGroups: document.targetGroups,
    access: document.access,
    languages: document.languages,
    isFree: document.isFree,
    servesCity: document.servesCity,
    servesDistricts: document.servesDistricts,
    servesWijken: document.servesWijken,
    locations,
    phones,
    requiredDocuments: detail.requiredDocuments,
    schedules,
    opensOnHolidays: document.opensOnHolidays,
    followsPublicSectorCalendar: document.followsPublicSectorCalendar,
    ...present({
      translations: nonEmptyTranslations(detail.translations),
      lastVerifiedAt: document.lastVerifiedAt,
      temporaryClosure: detail.temporaryClosure,
    }),
    updatedAt: document.updatedAt,
  };
}
