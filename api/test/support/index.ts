// `@sociale-kaart/api/testing`: what the PWA's browser tests and benchmarks need from the API to
// start it against a real PostgreSQL (docs/testing in README). Development only: the package
// export has only the `source` condition, so nothing in a production build can import it.
export { createUser } from './auth.js';
export { startTestApp, type TestApp } from './test-app.js';
export { createTestDatabase, type TestDatabase } from './test-database.js';
export * from './bench.js';
