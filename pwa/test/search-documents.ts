// Test support: the API's own search documents (search_payload) as snapshot records, so that the
// on-device engine can be checked against the API before and independently of the snapshot
// endpoint; and the text form of a device search vector, to compare with PostgreSQL's.
import type { SearchDocument } from '@sociale-kaart/api/testing';
import type { SnapshotService } from '../src/features/offline/snapshot-types.js';

export interface PayloadDocument {
  document: SearchDocument;
  /** `search_vector::text`. */
  vector: string;
}

export function documentsAsRecords(documents: PayloadDocument[]): SnapshotService[] {
  return documents.map(({ document: d }) => ({
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
  }));
}

const WEIGHTS = ['D', 'C', 'B', 'A'];

/** A vector as PostgreSQL prints a tsvector: lexemes in byte order, `'lexeme':1A,5B`, D unmarked. */
export function pgVector(vector: Map<string, number[]>): string {
  return [...vector.keys()]
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((lexeme) => {
      const positions = vector.get(lexeme)!.map((p) => `${p & 0x3fff}${p >> 14 === 0 ? '' : WEIGHTS[p >> 14]}`);
      return `'${lexeme.replace(/'/g, "''")}':${positions.join(',')}`;
    })
    .join(' ');
}
