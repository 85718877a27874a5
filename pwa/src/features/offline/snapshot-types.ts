// The offline snapshot as the API serves it (GET /api/v1/snapshot and its change feed; see
// docs/offline.md). Written by hand until the snapshot endpoint is in the OpenAPI document, then
// replaced by the generated types. Optional fields may be absent and arrays may be missing when
// empty: readers never rely on null and treat a missing array as empty.
import type { ScheduleRule } from '../../../../api/src/modules/opening-hours/opening-hours.js';

export type { ScheduleRule };

export type HolidayKind = 'legal' | 'public-sector';

export interface SnapshotHoliday {
  date: string;
  kind: HolidayKind;
}

export interface SnapshotLocation {
  id: string;
  name?: string;
  address?: string;
  latitude: number;
  longitude: number;
  districtId?: string;
  wijkId?: string;
}

export interface SnapshotPhone {
  number: string;
  type?: string;
  description?: string;
}

export interface SnapshotService {
  id: string;
  name: string;
  alternateName?: string;
  organization: { id: string; name: string };
  isDemo: boolean;
  description: string;
  applicationProcess?: string;
  eligibilityDescription?: string;
  feesDescription?: string;
  interpretationServices?: string;
  waitTime?: string;
  alert?: string;
  status: string;
  email?: string;
  url?: string;
  /** Own life-domain codes, hierarchical: ancestors are path prefixes (`inkomen/schuldhulp`). */
  lifeDomains: string[];
  targetGroups: string[];
  /** Access codes, e.g. `zonder-afspraak`, `rolstoeltoegankelijk`. */
  access: string[];
  languages: string[];
  isFree: boolean | null;
  servesCity: boolean;
  servesDistricts: string[];
  servesWijken: string[];
  locations: SnapshotLocation[];
  phones: SnapshotPhone[];
  requiredDocuments: string[];
  schedules: ScheduleRule[];
  opensOnHolidays: boolean;
  followsPublicSectorCalendar: boolean;
  /** Per language code, translated text fields. */
  translations?: Record<string, Record<string, string>>;
  lastVerifiedAt?: string;
  updatedAt: string;
}

export interface Snapshot {
  version: 1;
  cursor: string;
  generatedAt: string;
  count: number;
  services: SnapshotService[];
  holidays: SnapshotHoliday[];
}

/** One entry of the change feed: without `service`, the listing is no longer public. */
export interface SnapshotChange {
  id: string;
  service?: SnapshotService;
}

export interface SnapshotChanges {
  cursor: string;
  hasMore: boolean;
  changes: SnapshotChange[];
}

/** A taxonomy term as the search indexes it: labels in every language and keywords (weight B). */
export interface ReferenceTerm {
  code: string;
  parentCode: string | null;
  labels: Record<string, string>;
  keywords: string[];
}

/**
 * The reference data on-device search needs beside the listings, fetched from the API at sync
 * time (the same rows the API's search indexes, so labels cannot drift from a bundled copy).
 */
export interface ReferenceData {
  lifeDomains: ReferenceTerm[];
  targetGroups: ReferenceTerm[];
  accessTerms: ReferenceTerm[];
  districts: { id: string; name: string }[];
  wijken: { id: string; name: string; districtId: string }[];
}
