// `@sociale-kaart/api/bench`: what benchmarks outside Jest need from the API (paths, the bench
// database, ports, the search vocabulary). Kept apart from `./testing` because that one also
// exports Jest helpers (`@jest/globals`), which cannot be loaded outside a Jest run.
export { freePort } from './ports.js';
export { fromRepoRoot } from '../../src/config/paths.js';
export { type BenchDatabase, openBenchDatabase } from '../../src/cli/bench-database.js';
export { EMBEDDED_DATABASE_NAME } from '../../src/database/open-database.js';
export { SearchVocabulary } from '../../src/modules/search/search-vocabulary.js';
