// The port both search engines implement: memory (the core in this process, the default) and
// Meilisearch. One contract test suite (api/test/search-contract.test.ts) runs against each engine
// that is available.
import type { SearchDocument, SearchLocation } from './search-document.js';

export type SearchSort = 'relevance' | 'distance' | 'name' | 'updated';
export type EngineName = 'memory' | 'meilisearch';

/** The engine cannot answer (no complete index yet, or disabled): a 503, never an empty list. */
export class EngineUnavailableError extends Error {
  constructor(readonly engineState: EngineState) {
    super(`The ${engineState.engine} search engine is ${engineState.state}.`);
    this.name = 'EngineUnavailableError';
  }
}

export type { OpenAtMoment } from '@sociale-kaart/core';
import type { OpenAtMoment, OpenStatus, SearchHelp } from '@sociale-kaart/core';

/** All filters combine with AND; several values of one filter with OR. */
export interface SearchFilters {
  lifeDomains: string[];
  targetGroups: string[];
  languages: string[];
  /** "Serves residents of": the service area covers the district (whole city counts). */
  districts: string[];
  /** "Serves residents of": the service area covers the wijk (its district or the whole city counts). */
  wijken: { id: string; districtId: string }[];
  /** A location of the service lies in one of these districts or wijken. */
  locatedIn: { districts: string[]; wijken: string[] };
  near?: { latitude: number; longitude: number; radius?: number };
  openAt?: OpenAtMoment;
  free?: boolean;
  walkIn?: boolean;
  wheelchair?: boolean;
}

export interface SearchQuery {
  text: string;
  filters: SearchFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
  /** Facets counted under all other active filters. */
  facets: boolean;
  /** The moment a hit's opening status is judged at without `openAt` (default: when the engine answers). */
  now?: Date;
}

/** What a hit shows: an engine may store only these fields (Meilisearch keeps its index lean). */
export type HitDocument = Pick<
  SearchDocument,
  | 'serviceId'
  | 'name'
  | 'organizationId'
  | 'organizationName'
  | 'isDemo'
  | 'shortDescription'
  | 'hitTranslations'
  | 'ownLifeDomains'
  | 'languages'
  | 'locations'
  | 'schedules'
  | 'opensOnHolidays'
  | 'followsPublicSectorCalendar'
  | 'lastVerifiedAt'
>;

export interface EngineHit {
  document: HitDocument;
  /** The location to show: nearest to `near` among those matching `locatedIn`, else the first. */
  location: SearchLocation | null;
  /** Metres from `near`. */
  distance: number | null;
  /** The opening status the engine already judged (the memory engine's core does): not computed again per hit. */
  open?: OpenStatus;
}

export type FacetName = 'lifeDomain' | 'targetGroup' | 'language' | 'district';
export type FacetCounts = Record<FacetName, Record<string, number>>;

export interface EngineResult {
  hits: EngineHit[];
  total: number;
  facets: FacetCounts;
  /** With no hits: the active filters that, removed alone, give results, and a spelling the index knows (the memory engine's core works it out). */
  help?: SearchHelp | null;
}

/**
 * Whether an engine can answer searches now. `filling`: its index holds `indexed` of `total`
 * services; `lagging`: `lagBy` changes are not applied yet; `down`: it does not answer. Only a
 * `ready` engine answers: never a short answer from a half-filled or stale index.
 */
export interface EngineState {
  engine: EngineName;
  state: 'ready' | 'filling' | 'lagging' | 'down' | 'disabled';
  indexed?: number;
  total?: number;
  lagBy?: number;
}

/** A full reindex into a new index that replaces the live one in one step when it is whole. */
export interface IndexBuild {
  add(documents: SearchDocument[]): Promise<void>;
  commit(): Promise<void>;
}

export interface SearchEngine {
  readonly name: EngineName;
  /** The last known state: only a `ready` engine answers. */
  state(): EngineState;
  /** Creates the index and applies settings; idempotent. */
  prepare(): Promise<void>;
  index(documents: SearchDocument[]): Promise<void>;
  remove(serviceIds: string[]): Promise<void>;
  /** Removes every document (before a full reindex). */
  clear(): Promise<void>;
  /** Number of indexed documents. */
  count(): Promise<number>;
  search(query: SearchQuery): Promise<EngineResult>;
  /** The query text in words another engine matches as this one does (the memory engine's core). */
  rewriteText?(text: string): string;
  /** Engines that can build beside the live index (Meilisearch); others are cleared and refilled. */
  beginRebuild?(): Promise<IndexBuild>;
}

export const EMPTY_FACETS = (): FacetCounts => ({ lifeDomain: {}, targetGroup: {}, language: {}, district: {} });
