// Jest runs its global setup outside the ESM sandbox of the tests, without their transform: load
// the TypeScript setup through swc's Node loader (same decorator metadata as the build).
import { register } from 'node:module';

process.env.SWC_NODE_PROJECT ??= new URL('../tsconfig.json', import.meta.url).pathname;
register('@swc-node/register/esm', import.meta.url);
const { default: setup } = await import('./global-setup.impl.ts');
export default setup;
