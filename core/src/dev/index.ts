// @sociale-kaart/core/dev: seeded helpers for benchmarks and synthetic data (never shipped to a
// phone): a deterministic random source, the synthetic listings' vocabulary and the benchmark's
// query mix, so the API's and the PWA's benchmarks measure the same queries.
export * from './random.js';
export * from './domain-word-lists.js';
export * from './query-mix.js';
