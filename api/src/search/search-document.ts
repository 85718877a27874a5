// The denormalised form of one published service that every search engine indexes. Built from
// PostgreSQL (the source of truth) by the SearchDocumentBuilder; engines never read listings.
import type { ScheduleRule } from '@sociale-kaart/core';

export interface SearchLocation {
  locationId: string;
  name: string | null;
  latitude: number;
  longitude: number;
  districtId: string | null;
  districtName: string | null;
  wijkId: string | null;
  wijkName: string | null;
  address: string | null;
}

export interface SearchDocument {
  serviceId: string;
  name: string;
  organizationId: string;
  organizationName: string;
  /** Fictional demo listing. */
  isDemo: boolean;
  shortDescription: string;
  /** Full texts, Dutch: description, how to apply, for whom, costs. */
  body: string;
  /** Taxonomy labels in every language and their keywords/synonyms, for matching only. */
  terms: string;
  /** Translated names and descriptions, for queries in other languages. */
  translatedText: string;
  /** Per language, the translated name and short description a hit shows (the Dutch ones where absent). */
  hitTranslations?: Record<string, { name?: string; shortDescription?: string }>;
  /** Life-domain codes including every ancestor: a filter on a parent matches its children. */
  lifeDomains: string[];
  /** The service's own life-domain codes (most specific), for display. */
  ownLifeDomains: string[];
  targetGroups: string[];
  languages: string[];
  access: string[];
  /** true: every cost option is 0; false: something costs; null: no cost options (unknown). */
  isFree: boolean | null;
  servesCity: boolean;
  servesDistricts: string[];
  servesWijken: string[];
  locations: SearchLocation[];
  schedules: ScheduleRule[];
  opensOnHolidays: boolean;
  followsPublicSectorCalendar: boolean;
  updatedAt: string;
  lastVerifiedAt: string | null;
}
