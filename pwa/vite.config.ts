// The PWA's build: React, and a Workbox service worker (vite-plugin-pwa, generateSW) that
// precaches the app shell and caches map tiles only as they are viewed. The page registers it
// through workbox-window (src/features/app-update), which shows "a new version is available".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { coreVersion } from '@sociale-kaart/core/version';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { themeColorOf } from './src/app/theme-color';

/** Reference files (the district and wijk outlines the map bundles): DATA_DIR as for the API. */
const dataDir = resolve(import.meta.dirname, '..', process.env.DATA_DIR ?? 'data');
const TILE_URL = process.env.VITE_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/** The tile server's origin, for the cache rule below: tiles are cached only from there. */
const tileOrigin = new URL(TILE_URL.replace(/\{[a-z]\}/g, '0')).origin;
/**
 * The cache rules' URL patterns are regular expressions, not functions: generateSW copies a
 * function's source text into sw.js without the variables it closes over (a `tileOrigin` in a
 * function threw a ReferenceError in the worker on every request, so nothing was cached at run
 * time). A RegExp is written into sw.js as a literal, values included.
 */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const tilePattern = new RegExp(`^${escapeRegExp(tileOrigin)}/`);
/** The design tokens' primary colour, for the manifest and the page's theme-color (the icons: scripts/render-icons.ts). */
const themeColor = themeColorOf(readFileSync(resolve(import.meta.dirname, 'src/app/tokens.css'), 'utf8'));

/**
 * The version of the search core this bundle is built from, as `<meta name="core-version">` in
 * index.html: the API reports the core it runs in GET /api/health (`coreVersion`), and
 * pwa/test/core-version.test.ts checks that the two are the same.
 */
const coreVersionTag: Plugin = {
  name: 'core-version',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'core-version', content: coreVersion() }, injectTo: 'head' }],
};

export default defineConfig({
  plugins: [
    react(),
    coreVersionTag,
    {
      // index.html's <meta name="theme-color"> from the same token as the manifest.
      name: 'theme-color',
      transformIndexHtml: (html) => html.replace(/(<meta name="theme-color" content=")[^"]*"/, `$1${themeColor}"`),
    },
    VitePWA({
      strategies: 'generateSW',
      // The page registers the worker itself (workbox-window) and asks before activating a new one.
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['icons/*.svg', 'icons/*.png'],
      manifest: {
        name: 'Sociale Kaart Antwerpen',
        short_name: 'Sociale Kaart',
        description: 'Vind de juiste hulp in Antwerpen: per levensdomein, wijk en taal, ook zonder netwerk.',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: themeColor,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole app shell, every language and the lazy map chunk: the app must open offline
        // on a phone that was online once. Source maps are for developers, not phones.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['**/*.map'],
        // Client-side routes (/diensten/…) open offline from the precached shell; /api and /hsds never do.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/hsds/],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Map tiles, cached only as the user views them (the OpenStreetMap tile policy forbids
            // bulk prefetching); bounded in count and age so a phone's storage is not filled.
            urlPattern: tilePattern,
            handler: 'CacheFirst',
            options: {
              cacheName: 'map-tiles',
              expiration: { maxEntries: 1000, maxAgeSeconds: 30 * 24 * 60 * 60 },
              cacheableResponse: { statuses: [0, 200] },
            },
          },
          {
            // Reference lists (life domains, target groups, languages, districts, wijken): small,
            // rarely changed; served from the cache offline, refreshed in the background online.
            // The device also keeps them in IndexedDB with the listings (src/lib/reference-data.ts);
            // this cache serves a first visit that went offline before its first sync finished.
            urlPattern: /\/api\/v1\/(life-domains|target-groups|access-terms|languages|holidays|districts|wijken)(\?|$)/,
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'reference-data', expiration: { maxEntries: 50 } },
          },
        ],
      },
    }),
  ],
  resolve: {
    dedupe: ['react', 'react-dom'],
    alias: { '@data': dataDir },
    // @sociale-kaart/core is bundled from its TypeScript sources (its `source` export), no build of it needed.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/hsds': 'http://127.0.0.1:3000' },
    // The map bundles Antwerp's outlines from the data folder, outside this one.
    fs: { allow: ['..', dataDir] },
  },
  build: { outDir: 'dist', sourcemap: true, target: 'es2022' },
});
