// `@sociale-kaart/api/testing`: what the PWA's browser tests and benchmarks need from the API to
// start it against a real PostgreSQL (docs/testing in README). Development only: the package
// export has only the `source` condition, so nothing in a production build can import it.
export { createUser } from './auth.js';
export { freePort } from './ports.js';
export { startTestApp, type TestApp } from './test-app.js';
export { createTestDatabase, type TestDatabase } from './test-database.js';
export type { SearchDocument } from '../../src/search/search-document.js';
export { fromRepoRoot } from '../../src/config/paths.js';
export { type BenchDatabase, openBenchDatabase } from '../../src/cli/bench-database.js';
export { EMBEDDED_DATABASE_NAME } from '../../src/database/open-database.js';
export { SearchVocabulary } from '../../src/modules/search/search-vocabulary.js';
