// `node --import ./api/src/dev-loader.mjs api/src/main.ts`: runs the TypeScript sources without a
// build (swc, with the decorator metadata NestJS and TypeORM need). Used by the start smoke test.
import { readFileSync } from 'node:fs';
import { register } from 'node:module';

process.env.SWC_NODE_PROJECT ??= new URL('../tsconfig.json', import.meta.url).pathname;
register('@swc-node/register/esm', import.meta.url);

// Workspace packages (@sociale-kaart/core, @sociale-kaart/api/testing) run from their TypeScript
// sources (the `source` export condition), so nothing needs building first and a stale `dist/` of
// the core is never used. swc's resolver ignores extra conditions, so the `source` entries of the
// workspaces' exports are mapped here, by name. Registered last, so it runs first.
const root = new URL('../../', import.meta.url);
const sources = {};
for (const workspace of JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).workspaces) {
  const dir = new URL(`${workspace}/`, root);
  const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
  for (const [subpath, conditions] of Object.entries(manifest.exports ?? {})) {
    if (typeof conditions === 'object' && conditions.source) {
      sources[manifest.name + subpath.slice(1)] = new URL(conditions.source, dir).href;
    }
  }
}
register(
  'data:text/javascript,' +
    encodeURIComponent(`const sources = ${JSON.stringify(sources)};
    export async function resolve(specifier, context, next) {
      if (Object.hasOwn(sources, specifier)) return { url: sources[specifier], format: 'module', shortCircuit: true };
      const resolved = await next(specifier, context);
      return resolved.url.endsWith('.ts') && !resolved.format ? { ...resolved, format: 'module' } : resolved;
    }`),
);
