// The queries the offline parity test asks both the API and on-device search: each filter, text
// queries (words, prefixes, typos, stems, synonyms, stopwords, other languages), place and time.
import { EMPTY_FILTERS, type SearchFilters } from '@sociale-kaart/core';

export interface ParityQuery {
  label: string;
  filters: Partial<SearchFilters>;
  /**
   * `set`: compare the total and every matching id, not the order. For several words ts_rank weighs
   * how close they stand, and within weight B that depends on the order of a service's taxonomy
   * terms (attribute rows), which the snapshot does not carry (docs/offline.md, known differences).
   */
  compare?: 'set';
}

/** A fixed Tuesday morning, and Christmas Day (a legal holiday). */
const TUESDAY_MORNING = '2026-11-24T10:00:00+01:00';
const CHRISTMAS = '2026-12-25T10:00:00';
const CENTRAAL_STATION = '51.2172,4.4211';

export const PARITY_QUERIES: ParityQuery[] = [
  { label: 'everything, by name', filters: {} },
  { label: 'everything, page 3', filters: { page: 3 } },
  { label: 'parent life domain', filters: { lifeDomain: ['inkomen'] } },
  { label: 'child life domain', filters: { lifeDomain: ['inkomen/schuldhulp'] } },
  { label: 'two life domains (OR)', filters: { lifeDomain: ['wonen', 'gezondheid/huisarts'] } },
  { label: 'target group', filters: { targetGroup: ['nieuwkomers'] } },
  { label: 'language', filters: { language: ['ar'] } },
  { label: 'languages (OR) + district', filters: { language: ['tr', 'fr'], district: ['borgerhout'] } },
  { label: 'serves district', filters: { district: ['deurne'] } },
  { label: 'serves wijk', filters: { wijk: ['11002R05'] } },
  { label: 'located in district', filters: { locatedIn: ['deurne'] } },
  { label: 'located in wijk', filters: { locatedIn: ['11002Z04'] } },
  { label: 'near, by distance', filters: { near: CENTRAAL_STATION } },
  { label: 'near + radius 1500 m', filters: { near: CENTRAAL_STATION, radius: 1500 } },
  { label: 'near + located in', filters: { near: CENTRAAL_STATION, locatedIn: ['antwerpen'] } },
  { label: 'open on a Tuesday morning', filters: { openAt: TUESDAY_MORNING } },
  { label: 'open on Christmas Day', filters: { openAt: CHRISTMAS } },
  { label: 'free + walk-in', filters: { free: true, walkIn: true } },
  { label: 'wheelchair', filters: { wheelchair: true } },
  { label: 'updated first', filters: { sort: 'updated' } },
  { label: 'word', filters: { q: 'schuldbemiddeling' } },
  { label: 'prefix', filters: { q: 'schuldbem' } },
  { label: 'typo (1 edit)', filters: { q: 'schuldbemidelling' } },
  { label: 'typo (2 edits)', filters: { q: 'vluchtelignenhulp' } },
  { label: 'plural stem', filters: { q: 'huisartsen' } },
  { label: 'synonym phrase', filters: { q: 'ocmw' } },
  { label: 'synonym word', filters: { q: 'dokter' } },
  { label: 'accents folded', filters: { q: 'créche' } },
  { label: 'two words + stopword', filters: { q: 'hulp bij schulden' }, compare: 'set' },
  { label: 'two words, both in names', filters: { q: 'sociaal huis' }, compare: 'set' },
  { label: 'short prefix', filters: { q: 'taa' } },
  { label: 'English keyword', filters: { q: 'debt' } },
  { label: 'text + filters', filters: { q: 'advies', lifeDomain: ['juridisch'], language: ['fr'] } },
  { label: 'text by name', filters: { q: 'jongeren', sort: 'name' } },
  { label: 'text near', filters: { q: 'voedsel', near: CENTRAAL_STATION } },
  { label: 'text open at', filters: { q: 'onthaal', openAt: TUESDAY_MORNING } },
];

export function toFilters(query: ParityQuery): SearchFilters {
  return { ...EMPTY_FILTERS, ...query.filters };
}
