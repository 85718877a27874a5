// The design tokens stay the city's: every colour token that reads a Core Branding property falls
// back to the value @a-ui/core itself gives it, and the stylesheet never names the city's fonts
// (their licence needs the city's permission, so the app must not ask for them).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tokens = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
const core = readFileSync(require.resolve('@a-ui/core/dist/main.css'), 'utf8');

/**
 * `--THEME1-600` → `#0057b7`, from Core's `--THEME1-600: var(--theme1-600, #0057b7)`, following
 * a default that names another of its properties (`--STATE-DANGER: var(--state-danger, var(--DANGER-600))`).
 */
function coreDefault(name: string): string | undefined {
  const match = new RegExp(`${name}:\\s*var\\(--[a-z0-9-]+,\\s*(#[0-9a-fA-F]{3,8}|var\\((--[A-Z0-9-]+)\\))\\)`).exec(core);
  if (!match) return undefined;
  return match[2] ? coreDefault(match[2]) : match[1].toLowerCase();
}

describe('design tokens', () => {
  const borrowed = [...tokens.matchAll(/(--[a-z0-9-]+):\s*var\((--[A-Z0-9-]+),\s*(#[0-9a-fA-F]{3,8})\)/g)];

  it('reads the colours from Core Branding', () => {
    expect(borrowed.length).toBeGreaterThan(15);
  });

  it.each(borrowed.map(([, token, coreName, fallback]) => [token, coreName, fallback.toLowerCase()]))(
    '%s falls back to @a-ui/core’s %s',
    (_token, coreName, fallback) => {
      const expected = coreDefault(coreName);
      // #000 and #000000 are the same colour; Core writes the short form.
      const long = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);
      expect(long(fallback)).toBe(long(expected ?? 'missing'));
    },
  );

  it('does not use the city’s licensed fonts', () => {
    expect(tokens).not.toMatch(/font-family[^;]*Antwerpen/i);
  });
});
