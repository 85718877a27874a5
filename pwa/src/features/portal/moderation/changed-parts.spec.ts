import { describe, expect, it } from '@jest/globals';
import { changedParts } from './changed-parts';

const marked = (parts: { text: string; isChanged: boolean }[]) => parts.map((p) => (p.isChanged ? `[${p.text}]` : p.text)).join('');

describe('changedParts', () => {
  it('marks only the changed minutes in a week of opening hours', () => {
    const before = 'ma 09:00–12:00\ndi 09:00–12:00\nza 10:00–12:00';
    const after = 'ma 09:00–12:00\ndi 09:00–12:00\nza 10:00–12:30';
    const parts = changedParts(before, after);
    expect(marked(parts.before)).toBe('ma 09:00–12:00\ndi 09:00–12:00\nza 10:00–12:[00]');
    expect(marked(parts.after)).toBe('ma 09:00–12:00\ndi 09:00–12:00\nza 10:00–12:[30]');
  });

  it('keeps both texts whole, word for word', () => {
    const parts = changedParts('Gratis voor iedereen', 'Gratis voor inwoners van Antwerpen');
    expect(parts.before.map((p) => p.text).join('')).toBe('Gratis voor iedereen');
    expect(parts.after.map((p) => p.text).join('')).toBe('Gratis voor inwoners van Antwerpen');
    expect(parts.before.filter((p) => p.isChanged).map((p) => p.text)).toEqual(['iedereen']);
    expect(parts.after.filter((p) => p.isChanged).map((p) => p.text.trim())).toEqual(['inwoners van Antwerpen']);
  });
});
