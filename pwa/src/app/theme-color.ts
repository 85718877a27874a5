// The app's colour outside its pages (the phone's status bar, the installed app's splash screen
// and icons) is the design tokens' primary colour: read from tokens.css, so the manifest, the
// icons and the pages cannot drift apart. Pure text in, colour out: vite.config.ts and the icon
// script (scripts/render-icons.ts) read the file themselves.

/** `#0057b7` from `--color-primary: var(--THEME1-600, #0057b7);`: the token's own value, without a city stylesheet. */
export function themeColorOf(tokensCss: string): string {
  const match = /--color-primary:\s*var\(--[A-Z0-9-]+,\s*(#[0-9a-fA-F]{6})\)/.exec(tokensCss);
  if (!match) throw new Error('tokens.css has no --color-primary with a #rrggbb fallback');
  return match[1].toLowerCase();
}
