/** @jest-config-loader esbuild-register */
// Jest runs in ESM mode (`node --experimental-vm-modules`): NestJS 12 and the meilisearch client
// are ES modules only. @swc/jest compiles TypeScript with decorator metadata, as tsc does for the build.
import type { Config } from 'jest';

const swcTransform: Config['transform'] = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'es6' },
      sourceMaps: 'inline',
    },
  ],
};

// Sources import with the `.js` suffix that NodeNext requires; Jest resolves the `.ts` file. The
// workspace packages resolve to their TypeScript sources (the `source` export condition), so tests
// never need a build of the core.
const moduleNameMapper: Config['moduleNameMapper'] = {
  '^@sociale-kaart/core$': '<rootDir>/../core/src/index.ts',
  '^@sociale-kaart/core/dev$': '<rootDir>/../core/src/dev/index.ts',
  '^@sociale-kaart/api/testing$': '<rootDir>/../api/test/support/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

const config: Config = {
  globalSetup: '<rootDir>/api/test/global-setup.mjs',
  globalTeardown: '<rootDir>/api/test/global-teardown.mjs',
  testTimeout: 60_000,
  projects: [
    {
      // The shared domain core's unit tests (opening hours, text analysis, the search engine).
      displayName: 'core',
      rootDir: '<rootDir>/core',
      testEnvironment: 'node',
      extensionsToTreatAsEsm: ['.ts'],
      transform: swcTransform,
      moduleNameMapper,
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
    },
    {
      displayName: 'api',
      rootDir: '<rootDir>/api',
      testEnvironment: 'node',
      extensionsToTreatAsEsm: ['.ts'],
      transform: swcTransform,
      moduleNameMapper,
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
    },
    {
      // Unit tests of the PWA's logic (filters, on-device search, opening hours) and its parity
      // with the API; browser tests are in the e2e project.
      displayName: 'pwa',
      rootDir: '<rootDir>/pwa',
      testEnvironment: 'node',
      extensionsToTreatAsEsm: ['.ts', '.tsx'],
      transform: swcTransform,
      moduleNameMapper,
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
    },
    {
      // The built PWA in Debian's Chromium against the real API (pwa/e2e/support).
      displayName: 'e2e',
      rootDir: '<rootDir>/pwa',
      testEnvironment: 'node',
      extensionsToTreatAsEsm: ['.ts'],
      transform: swcTransform,
      moduleNameMapper,
      testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
    },
  ],
};

export default config;
