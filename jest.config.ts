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

const config: Config = {
  globalSetup: '<rootDir>/api/test/global-setup.mjs',
  globalTeardown: '<rootDir>/api/test/global-teardown.mjs',
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'api',
      rootDir: '<rootDir>/api',
      testEnvironment: 'node',
      extensionsToTreatAsEsm: ['.ts'],
      transform: swcTransform,
      // Sources import with the `.js` suffix that NodeNext requires; Jest resolves the `.ts` file.
      moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
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
      moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
    },
    {
      // The built PWA in Debian's Chromium against the real API (pwa/e2e/support).
      displayName: 'e2e',
      rootDir: '<rootDir>/pwa',
      testEnvironment: 'node',
      extensionsToTreatAsEsm: ['.ts'],
      transform: swcTransform,
      moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
      testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
    },
  ],
};

export default config;
