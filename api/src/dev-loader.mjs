// `node --import ./api/src/dev-loader.mjs api/src/main.ts`: runs the TypeScript sources without a
// build (swc, with the decorator metadata NestJS and TypeORM need). Used by the start smoke test.
import { register } from 'node:module';

process.env.SWC_NODE_PROJECT ??= new URL('../tsconfig.json', import.meta.url).pathname;
register('@swc-node/register/esm', import.meta.url);
