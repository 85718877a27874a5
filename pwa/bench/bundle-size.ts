// The PWA benchmark's (run-bench.ts) builds and part 1: `vite build` in its own Node process, and
// what index.html makes the browser fetch before first render (JavaScript closed over static
// imports, CSS), gzipped, next to the service worker's precache.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { fromRepoRoot } from '@sociale-kaart/api/bench';

/** The production build, beside pwa/dist (which others' tests serve) so as not to disturb it. */
export const APP_DIST = fromRepoRoot('.data/pwa-bench-app-dist');
const VITE = fromRepoRoot('node_modules/vite/bin/vite.js');

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export async function viteBuild(viteArgs: string[], label: string): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, [VITE, ...viteArgs], { cwd: fromRepoRoot('pwa'), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), 180_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${label} failed (exit ${code}):\n${output}`);
  console.log(`   ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

export interface SizedFile {
  file: string;
  raw: number;
  gzip: number;
  isFromManifest?: boolean;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/** What index.html makes the browser fetch before first render, closed over static imports. */
export function measureInitialLoad(dist: string): {
  js: SizedFile[];
  css: SizedFile[];
  precache: { entries: number; raw: number; gzip: number };
} {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<(script|link)\b([^>]*)>/g)].map(([, tag, attributes]) => ({
    tag,
    attributes: Object.fromEntries([...attributes.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? ''])),
  }));
  const fromHtml = tags
    .filter(({ tag, attributes: a }) => (tag === 'script' && a.type === 'module' && a.src) || (tag === 'link' && a.rel === 'modulepreload'))
    .map(({ attributes: a }) => (a.src || a.href).replace(/^\//, ''));
  const cssFiles = new Set(
    tags.filter(({ tag, attributes: a }) => tag === 'link' && a.rel === 'stylesheet').map(({ attributes: a }) => a.href.replace(/^\//, '')),
  );

  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const js = new Set(fromHtml);
  const queue = [...fromHtml];
  while (queue.length > 0) {
    const chunk = byFile.get(queue.shift()!);
    chunk?.css?.forEach((css) => cssFiles.add(css));
    for (const key of chunk?.imports ?? []) {
      const file = manifest[key]?.file;
      if (file && !js.has(file)) {
        js.add(file);
        queue.push(file);
      }
    }
  }
  const sized = (file: string): SizedFile => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipped(bytes) };
  };
  const swSource = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = [...swSource.matchAll(/\burl:"([^"]+)"/g)].map(([, url]) => url);
  const precacheFiles = precached.map(sized);
  return {
    js: [...js].map((file) => ({ ...sized(file), isFromManifest: !fromHtml.includes(file) })),
    css: [...cssFiles].map(sized),
    precache: {
      entries: precached.length,
      raw: precacheFiles.reduce((sum, f) => sum + f.raw, 0),
      gzip: precacheFiles.reduce((sum, f) => sum + f.gzip, 0),
    },
  };
}
