// What Meilisearch stores: one lean document per location of a service (a service without a
// location gets one without `_geo`), so a radius or a distance sort covers every location;
// `distinctAttribute: serviceId` returns each service once, by its best-ranked (nearest) location.
// Only what matching, filtering, facets and a hit need is stored: the hit's fields travel as one
// JSON string that Meilisearch does not index.
import { compileOpeningHours } from '@sociale-kaart/core';
import type { SearchDocument } from '../search-document.js';
import type { HitDocument } from '../search-engine.js';
import { encodeSortKey, nameSortKey } from './name-sort-key.js';
import { slotFields, type SlotFields } from './open-slots.js';

export interface MeiliDocument extends SlotFields {
  /** `<service id>-<n>`: the n-th location of the service. */
  id: string;
  serviceId: string;
  /** n: 0 for the first document of a service (counts services once each). */
  position: number;
  name: string;
  organizationName: string;
  terms: string;
  body: string;
  translatedText: string;
  lifeDomains: string[];
  targetGroups: string[];
  languages: string[];
  access: string[];
  isFree: boolean | null;
  servesCity: boolean;
  servesDistricts: string[];
  servesWijken: string[];
  locatedDistricts: string[];
  locatedWijken: string[];
  opensOnHolidays: boolean;
  followsPublicSectorCalendar: boolean;
  nameKey: string;
  updatedAt: number;
  _geo?: { lat: number; lng: number };
  /** The hit's fields (HitDocument) as JSON. */
  hit: string;
}

/** The fields a search asks Meilisearch to return. */
export const RETRIEVED = ['serviceId', 'hit'] as const;
export type RetrievedDocument = Pick<MeiliDocument, (typeof RETRIEVED)[number]>;

export function toMeiliDocuments(d: SearchDocument): MeiliDocument[] {
  const hours = compileOpeningHours(d.schedules, {
    opensOnHolidays: d.opensOnHolidays,
    followsPublicSectorCalendar: d.followsPublicSectorCalendar,
  });
  const hit: HitDocument = {
    serviceId: d.serviceId,
    name: d.name,
    organizationId: d.organizationId,
    organizationName: d.organizationName,
    isDemo: d.isDemo,
    shortDescription: d.shortDescription,
    hitTranslations: d.hitTranslations,
    ownLifeDomains: d.ownLifeDomains,
    languages: d.languages,
    locations: d.locations,
    schedules: d.schedules,
    opensOnHolidays: d.opensOnHolidays,
    followsPublicSectorCalendar: d.followsPublicSectorCalendar,
    lastVerifiedAt: d.lastVerifiedAt,
  };
  const shared = {
    serviceId: d.serviceId,
    name: d.name,
    organizationName: d.organizationName,
    terms: d.terms,
    body: d.body,
    translatedText: d.translatedText,
    lifeDomains: d.lifeDomains,
    targetGroups: d.targetGroups,
    languages: d.languages,
    access: d.access,
    isFree: d.isFree,
    servesCity: d.servesCity,
    // City-wide services count once per district in the district facet.
    servesDistricts: d.servesCity ? [] : d.servesDistricts,
    servesWijken: d.servesWijken,
    locatedDistricts: [...new Set(d.locations.map((l) => l.districtId).filter((x): x is string => x !== null))],
    locatedWijken: [...new Set(d.locations.map((l) => l.wijkId).filter((x): x is string => x !== null))],
    opensOnHolidays: d.opensOnHolidays,
    followsPublicSectorCalendar: d.followsPublicSectorCalendar,
    nameKey: encodeSortKey(nameSortKey(d.name)),
    updatedAt: Date.parse(d.updatedAt),
    hit: JSON.stringify(hit),
    ...slotFields(hours),
  };
  if (d.locations.length === 0) return [{ id: `${d.serviceId}-0`, position: 0, ...shared }];
  return d.locations.map((l, i) => ({ id: `${d.serviceId}-${i}`, position: i, ...shared, _geo: { lat: l.latitude, lng: l.longitude } }));
}

export function toHitDocument(retrieved: RetrievedDocument): HitDocument {
  return JSON.parse(retrieved.hit) as HitDocument;
}
