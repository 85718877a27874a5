// @sociale-kaart/core: the domain code the API and the phone share (docs/search.md): opening
// hours, Dutch text analysis, the search index and query engine, and the filter, hit and
// snapshot shapes. Pure TypeScript: no DOM, no Node-only API, no import from api/ or pwa/.
export * from './opening-hours/opening-hours.js';
export * from './opening-hours/belgian-holidays.js';
export * from './opening-hours/opening-moment.js';
export * from './opening-hours/open-at.js';
export * from './text/dutch-stemmer.js';
export * from './text/query-text.js';
export * from './text/shorten.js';
export * from './text/synonyms.js';
export * from './text/text-analysis.js';
export * from './text/vocabulary.js';
export * from './search/device-search.js';
export * from './search/search-filters.js';
export * from './search/search-types.js';
export { inLanguage, type HitTexts } from './search/search-hit.js';
export { searchVector, type IndexedText } from './search/search-vector.js';
export type { StoredTextIndex } from './search/text-index.js';
export * from './search/stored-index-codec.js';
