// The shapes search reads and answers in, owned by the core: the offline snapshot's listing (what
// both hosts index), the reference data beside it, and the hit, facets and response of
// GET /api/v1/search. The API's DTOs and the PWA's generated OpenAPI types must stay assignable
// to these; the type checker proves it wherever the apps pass them in or out.
import type { ScheduleRule } from '../opening-hours/opening-hours.js';

export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

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
  extension?: number;
  type?: string;
  description?: string;
}

export interface SnapshotHoliday {
  date: string;
  kind: 'legal' | 'public-sector';
}

/** One published listing as the snapshot carries it; optional fields may be absent, never null. */
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
  temporaryClosure?: { from: string; to: string; message: string };
  status: ServiceStatus;
  email?: string;
  url?: string;
  lifeDomains: string[];
  targetGroups: string[];
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
  translations?: Record<string, Record<string, string>>;
  lastVerifiedAt?: string;
  updatedAt: string;
}

/** A taxonomy term as the search indexes it: labels in every language and keywords (weight B). */
export interface ReferenceTerm {
  code: string;
  parentCode: string | null;
  labels: Record<string, string>;
  keywords: string[];
}

/** The reference data search needs beside the listings (the same rows the API indexes). */
export interface ReferenceData {
  lifeDomains: ReferenceTerm[];
  targetGroups: ReferenceTerm[];
  accessTerms: ReferenceTerm[];
  districts: { id: string; name: string }[];
  wijken: { id: string; name: string; districtId: string }[];
}

export interface PlaceRef {
  id: string;
  name: string;
}

export interface OpenStatus {
  isOpen: boolean;
  closesAt?: string | null;
  nextOpensAt?: string | null;
  hasHours: boolean;
}

export interface HitLocation {
  id: string;
  name?: string | null;
  address?: string | null;
  latitude: number;
  longitude: number;
  district?: PlaceRef | null;
  wijk?: PlaceRef | null;
  /** Metres from `near`. */
  distance?: number | null;
}

export interface SearchHit {
  id: string;
  name: string;
  organization: { id: string; name: string };
  isDemo: boolean;
  shortDescription: string;
  lifeDomains: string[];
  languages: string[];
  location?: HitLocation | null;
  open: OpenStatus;
  lastVerifiedAt?: string | null;
}

export type FacetKey = 'lifeDomain' | 'targetGroup' | 'language' | 'district';
/** Counts per code, each under all other active filters. */
export type SearchFacets = Record<FacetKey, Record<string, number>>;

/** Parameters a zero-result search can be eased by (`q` only when other filters are active too). */
export type HelpFilter =
  | 'q'
  | 'lifeDomain'
  | 'targetGroup'
  | 'language'
  | 'district'
  | 'wijk'
  | 'locatedIn'
  | 'radius'
  | 'openAt'
  | 'openNow'
  | 'free'
  | 'walkIn'
  | 'wheelchair';

/** What a search with no results says instead of a dead end. */
export interface SearchHelp {
  /** Each active filter that, removed alone, gives results, with how many; most first. */
  withoutFilter: { filter: HelpFilter; total: number }[];
  /** The query with every word spelled as the index knows it, when that finds services. */
  didYouMean: string | null;
}

export interface SearchResponse<Engine extends string = string> {
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  facets: SearchFacets;
  engine: Engine;
  isFallback: boolean;
  /** Only with no results: how to get some. */
  help?: SearchHelp | null;
}
