// A search document (search-document.builder.ts, built from PostgreSQL) as the core's engine
// indexes it: the same record shape the phone receives in the offline snapshot, so the API and
// the phone index the same fields the same way.
import type { SnapshotService } from '@sociale-kaart/core';
import type { SearchDocument } from '../search-document.js';

export function toSearchRecord(document: SearchDocument): SnapshotService {
  const d = document;
  return {
    id: d.serviceId,
    name: d.name,
    organization: { id: d.organizationId, name: d.organizationName },
    isDemo: d.isDemo,
    // The document keeps the text fields joined; as one description they index the same way.
    description: d.body,
    status: 'active',
    lifeDomains: d.ownLifeDomains,
    targetGroups: d.targetGroups,
    access: d.access,
    languages: d.languages,
    isFree: d.isFree,
    servesCity: d.servesCity,
    servesDistricts: d.servesDistricts,
    servesWijken: d.servesWijken,
    locations: d.locations.map((l) => ({
      id: l.locationId,
      name: l.name ?? undefined,
      address: l.address ?? undefined,
      latitude: l.latitude,
      longitude: l.longitude,
      districtId: l.districtId ?? undefined,
      wijkId: l.wijkId ?? undefined,
    })),
    phones: [],
    requiredDocuments: [],
    // The snapshot leaves empty schedule fields out; the document has them as null.
    schedules: d.schedules.map((rule) => Object.fromEntries(Object.entries(rule).filter(([, value]) => value != null))),
    opensOnHolidays: d.opensOnHolidays,
    followsPublicSectorCalendar: d.followsPublicSectorCalendar,
    translations: d.translatedText ? { all: { text: d.translatedText } } : undefined,
    lastVerifiedAt: d.lastVerifiedAt ?? undefined,
    updatedAt: d.updatedAt,
  };
}
