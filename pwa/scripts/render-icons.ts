// `npm run icons --workspace pwa`: draws the app's icons in the design tokens' primary colour
// (tokens.css) and renders the PNGs the manifest lists with Debian's Chromium (playwright-core):
// public/icons/icon.svg (the favicon: a map pin with a cross on a rounded square),
// icon-192.png and icon-512.png from it, and icon-maskable-512.png, full-bleed with the pin inside
// the maskable safe zone (the centre 80 %), as Android crops it to any shape. Run it after
// changing the primary colour; a browser test (pwa/e2e/app-frame.e2e.ts) fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { themeColorOf } from '../src/app/theme-color.js';

const PWA = new URL('../', import.meta.url);
const ICONS = new URL('public/icons/', PWA);
const colour = themeColorOf(readFileSync(new URL('src/app/tokens.css', PWA), 'utf8'));

/** The pin and its cross, drawn on a 512 × 512 canvas. */
const pin = (scale: number) =>
  `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">` +
  `<path d="M256 88c-70 0-126 56-126 126 0 94 126 210 126 210s126-116 126-210c0-70-56-126-126-126z" fill="#fff"/>` +
  `<circle cx="256" cy="214" r="52" fill="${colour}"/>` +
  `<path d="M232 214h48M256 190v48" stroke="#fff" stroke-width="16" stroke-linecap="round"/></g>`;
const svg = (background: string, scale: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${background}${pin(scale)}</svg>`;

const icon = svg(`<rect width="512" height="512" rx="96" fill="${colour}"/>`, 1);
const maskable = svg(`<rect width="512" height="512" fill="${colour}"/>`, 0.8);
writeFileSync(new URL('icon.svg', ICONS), `${icon}\n`);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [file, source, size] of [
    ['icon-192.png', icon, 192],
    ['icon-512.png', icon, 512],
    ['icon-maskable-512.png', maskable, 512],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
    );
    await page.screenshot({ path: new URL(file, ICONS).pathname, omitBackground: true });
    await page.close();
    console.log(`${file}: ${size}×${size}, ${colour}`);
  }
} finally {
  await browser.close();
}
