// `node --import ./api/src/dev-loader.mjs api/src/main.ts`: runs the TypeScript sources without a
// build (swc, with the decorator metadata NestJS and TypeORM need). Used by the start smoke test.
import { register } from 'node:module';

process.env.SWC_NODE_PROJECT ??= new URL('../tsconfig.json', import.meta.url).pathname;
register('@swc-node/register/esm', import.meta.url);
// Workspace packages (@sociale-kaart/core, @sociale-kaart/api/testing) resolve to their TypeScript
// sources through the `source` export condition, so nothing needs building first. Registered last,
// so it runs first; swc's resolver leaves such a file to Node's, which gives `.ts` no format.
register(
  'data:text/javascript,' +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      const resolved = await next(specifier, { ...context, conditions: [...context.conditions, 'source'] });
      return resolved.url.endsWith('.ts') && !resolved.format ? { ...resolved, format: 'module' } : resolved;
    }`),
);
