import { describe, expect, it } from '@jest/globals';
import { clusterHtml, escapeHtml, pinHtml } from './marker-html';

describe('marker html', () => {
  it('escapes names taken from listings', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
    expect(pinHtml(1, '<b>Dienst</b>', null)).toContain('&lt;b&gt;Dienst&lt;/b&gt;');
  });

  it('hides the visible count from screen readers and names the marker in text', () => {
    const html = clusterHtml(12, '12 diensten, inzoomen');
    expect(html).toContain('aria-hidden="true">12</span>');
    expect(html).toContain('<span class="sk-visually-hidden">12 diensten, inzoomen</span>');
  });

  it('shows a count on a group pin and a dot on a single one, and carries the wijk', () => {
    expect(pinHtml(3, '3 diensten op dit adres', '11002Z09')).toMatch(/data-wijk="11002Z09".*sk-pin__count">3</);
    expect(pinHtml(1, 'Dienst', null)).toContain('sk-pin__dot');
  });
});
