// What on-device search keeps per service, computed once when a record is indexed: the filter
// data the API's search_document holds (codes with their ancestors, service area, located-in
// places, compiled opening hours) and the texts of its A/B/C weights, built as the API's
// SearchDocumentBuilder builds them (api/src/search/search-document.builder.ts).
import { compileOpeningHours, type CompiledHours } from '../opening-hours/opening-hours.js';
import type { IndexedText } from './text-index.js';
import { nameKey } from '../text/text-analysis.js';
import { type VocabularyTaxonomy, vocabularyWords } from '../text/vocabulary.js';
import type { ReferenceData, ReferenceTerm, SnapshotLocation, SnapshotService } from './search-types.js';

export interface SearchRecord {
  record: SnapshotService;
  nameKey: string;
  updatedAt: number;
  /** Own codes and every ancestor: a filter on a parent matches its children. */
  lifeDomains: string[];
  targetGroups: string[];
  languages: string[];
  access: ReadonlySet<string>;
  servesCity: boolean;
  servesDistricts: ReadonlySet<string>;
  servesWijken: ReadonlySet<string>;
  /** Locations with coordinates, in id order (the API shows the first when nothing else decides). */
  locations: SnapshotLocation[];
  hours: CompiledHours;
  text: IndexedText;
}

/** Reference terms by code, per taxonomy. */
export interface TermIndex {
  lifeDomains: Map<string, ReferenceTerm>;
  targetGroups: Map<string, ReferenceTerm>;
  accessTerms: Map<string, ReferenceTerm>;
}

export function termIndex(reference: ReferenceData): TermIndex {
  const byCode = (terms: ReferenceTerm[]) => new Map(terms.map((t) => [t.code, t]));
  return {
    lifeDomains: byCode(reference.lifeDomains),
    targetGroups: byCode(reference.targetGroups),
    accessTerms: byCode(reference.accessTerms),
  };
}

/** A code and its ancestors, nearest first: the reference's parents, else the path prefixes. */
function withAncestors(code: string, terms: Map<string, ReferenceTerm>): string[] {
  const chain: string[] = [];
  for (let c: string | null | undefined = code; c && !chain.includes(c);) {
    chain.push(c);
    c = terms.get(c)?.parentCode ?? (c.includes('/') ? c.slice(0, c.lastIndexOf('/')) : null);
  }
  return chain;
}

/** jsonb keeps object keys by length, then bytewise: the order the API reads labels in. */
function jsonbValues(labels: Record<string, string>): string[] {
  return Object.keys(labels)
    .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => labels[k]);
}

const list = <T>(values: T[] | undefined): T[] => values ?? [];

/** A term's words per reference term object: the same for every service with the term, worked out once. */
const wordsOfTerm = new WeakMap<ReferenceTerm, { taxonomy: VocabularyTaxonomy; code: string; words: string[] }>();

/** A term's labels and keywords as the reference data gives them, then the core's vocabulary for what those do not have yet. */
function termWords(taxonomy: VocabularyTaxonomy, code: string, term: ReferenceTerm): string[] {
  const cached = wordsOfTerm.get(term);
  if (cached && cached.taxonomy === taxonomy && cached.code === code) return cached.words;
  const own = [...jsonbValues(term.labels), ...term.keywords];
  const known = new Set(own);
  const words = [...own, ...vocabularyWords(taxonomy, code).filter((w) => !known.has(w))];
  wordsOfTerm.set(term, { taxonomy, code, words });
  return words;
}

export function toSearchRecord(record: SnapshotService, terms: TermIndex): SearchRecord {
  const lifeDomainChains = list(record.lifeDomains).map((c) => withAncestors(c, terms.lifeDomains));
  const targetGroupChains = list(record.targetGroups).map((c) => withAncestors(c, terms.targetGroups));
  // The API indexes the labels and keywords of every own term and its ancestors, each term once.
  // Their labels and keywords as the reference data gives them, then the core's vocabulary (names
  // in the six UI languages, keywords in each) for what those do not have yet.
  const termTexts = new Map<string, string[]>();
  const addTerm = (taxonomy: VocabularyTaxonomy, code: string, term: ReferenceTerm | undefined) => {
    const key = `${taxonomy}:${code}`;
    if (!term || termTexts.has(key)) return;
    termTexts.set(key, termWords(taxonomy, code, term));
  };
  lifeDomainChains.forEach((chain) => chain.forEach((c) => addTerm('lifeDomain', c, terms.lifeDomains.get(c))));
  targetGroupChains.forEach((chain) => chain.forEach((c) => addTerm('targetGroup', c, terms.targetGroups.get(c))));
  list(record.access).forEach((c) => addTerm('access', c, terms.accessTerms.get(c)));

  const body = [record.description, record.alternateName, record.applicationProcess, record.eligibilityDescription, record.feesDescription]
    .filter(Boolean)
    .join('\n');
  const translated = Object.values(record.translations ?? {})
    .flatMap((fields) => Object.values(fields ?? {}))
    .join(' \n');
  const locations = list(record.locations)
    .filter((l) => Number.isFinite(l.latitude) && Number.isFinite(l.longitude))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const areas = { districts: list(record.servesDistricts), wijken: list(record.servesWijken) };
  return {
    record,
    nameKey: nameKey(record.name),
    updatedAt: Date.parse(record.updatedAt),
    lifeDomains: [...new Set(lifeDomainChains.flat())].sort(),
    targetGroups: [...new Set(targetGroupChains.flat())].sort(),
    languages: [...new Set(list(record.languages))].sort(),
    access: new Set(list(record.access)),
    servesCity: record.servesCity,
    servesDistricts: new Set(areas.districts),
    servesWijken: new Set(areas.wijken),
    locations,
    hours: compileOpeningHours(list(record.schedules), {
      opensOnHolidays: record.opensOnHolidays,
      followsPublicSectorCalendar: record.followsPublicSectorCalendar,
    }),
    text: {
      name: record.name,
      terms: `${record.organization.name} ${[...termTexts.values()].flat().join(' \n')}`,
      body: `${body} ${translated}`,
    },
  };
}

/** Earth radius of PostgreSQL's earthdistance (`earth()`), metres. */
const EARTH_RADIUS = 6378168;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance on earthdistance's sphere, metres. */
export function distanceMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLng = rad(lng2 - lng1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** distanceMetres with both cosines of the latitudes given (precomputed per location): the same arithmetic. */
export function distanceMetresCos(lat1: number, lng1: number, cos1: number, lat2: number, lng2: number, cos2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLng = rad(lng2 - lng1);
  const h = Math.sin(dLat / 2) ** 2 + cos1 * cos2 * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** No point closer than `metres` can differ this much in latitude (great-circle distance ≥ R·|Δφ|), with a margin for rounding. */
export const latitudeReach = (metres: number) => ((metres * (1 + 1e-9) + 1e-3) / EARTH_RADIUS) * (180 / Math.PI);
