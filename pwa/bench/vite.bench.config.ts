// The benchmark build (`npm run bench:pwa`, run-bench.ts): the app exactly as vite.config.ts builds
// it, plus the bench page (bench.html) as a second input, written to .data/pwa-bench-dist so the
// production output (pwa/dist) never holds benchmark code.
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import appConfig from '../vite.config';

const pwaDir = resolve(import.meta.dirname, '..');
const BENCH_DIST = resolve(pwaDir, '..', '.data', 'pwa-bench-dist');

export default mergeConfig(
  appConfig,
  defineConfig({
    root: pwaDir,
    build: {
      outDir: BENCH_DIST,
      emptyOutDir: true,
      rollupOptions: { input: { index: resolve(pwaDir, 'index.html'), bench: resolve(import.meta.dirname, 'bench.html') } },
    },
  }),
);
