// Emoji and symbol glyphs used as icons: they render as empty boxes where no emoji font exists
// (many work phones, this machine's Chromium) and look different on every platform. The app's
// icons are SVG (components/icon.tsx); this finds any glyph that slipped back into a page.
import type { Page } from 'playwright-core';

/** Pictographs, geometric shapes, miscellaneous symbols and dingbats; not ©, ® and ™ of credits. */
const ICON_GLYPH = /(?![©®™])[\p{Extended_Pictographic}\u25A0-\u25FF\u2600-\u27BF\u2B00-\u2BFF]|\uFE0F/u;

/** The page's text nodes and ::before/::after contents that hold such a glyph, one line each. */
export async function iconGlyphs(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'u');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (pattern.test(text)) found.push(`${node.parentElement?.tagName.toLowerCase()}: ${text.trim()}`);
    }
    for (const element of document.body.querySelectorAll('*')) {
      for (const pseudo of ['::before', '::after']) {
        const content = getComputedStyle(element, pseudo).content;
        if (content !== 'none' && content !== 'normal' && pattern.test(content)) {
          found.push(`${element.tagName.toLowerCase()}${pseudo}: ${content}`);
        }
      }
    }
    return found;
  }, ICON_GLYPH.source);
}
