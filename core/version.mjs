// The core's version as its two hosts report it: the package version plus a digest of the
// sources (core/src without its tests and dev helpers), so "the API and the phone run the same
// core" is a fact that can be checked, not a promise (docs/search.md, "One core, two hosts").
// Node only, a build tool: not part of what the browser loads.
//   node core/version.mjs --write   writes dist/version.json (the core's build; the image has no src/)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Files whose change changes what the core does: sources, not their tests or the dev helpers. */
function sourceFiles(dir, root) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return relative(root, path) === 'dev' ? [] : sourceFiles(path, root);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
    })
    .sort();
}

/** `<package version>+<12 hex digits of the sources' SHA-256>`, from `src/` when there is one, else from the build. */
export function coreVersion(coreDir = HERE) {
  const src = join(coreDir, 'src');
  if (!existsSync(src)) return JSON.parse(readFileSync(join(coreDir, 'dist', 'version.json'), 'utf8')).version;
  const hash = createHash('sha256');
  for (const file of sourceFiles(src, src)) {
    hash.update(relative(src, file).split(sep).join('/')).update('\0').update(readFileSync(file)).update('\0');
  }
  const { version } = JSON.parse(readFileSync(join(coreDir, 'package.json'), 'utf8'));
  return `${version}+${hash.digest('hex').slice(0, 12)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
  mkdirSync(join(HERE, 'dist'), { recursive: true });
  writeFileSync(join(HERE, 'dist', 'version.json'), `${JSON.stringify({ version: coreVersion() })}\n`);
}
