// Jest runs its global setup outside the ESM sandbox of the tests, without their transform: load
// the TypeScript setup through the dev loader (swc, as for `node --import ./api/src/dev-loader.mjs`).
import '../src/dev-loader.mjs';

const { default: setup } = await import('./global-setup.impl.ts');
export default setup;
