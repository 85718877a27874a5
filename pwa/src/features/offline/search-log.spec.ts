import { describe, expect, it } from '@jest/globals';
import { EMPTY_FILTERS } from '@sociale-kaart/core';
import { brusselsDay, queuedSearchOf } from './search-log';

describe('offline search log', () => {
  it('records the filters, the result count and the Brussels day, and nothing about the searcher', () => {
    const entry = queuedSearchOf(
      { ...EMPTY_FILTERS, lifeDomain: ['gezondheid'], language: ['ar'], wijk: ['11002S02'], near: '51.2,4.4', free: true },
      0,
      new Date('2026-12-06T23:30:00Z'),
    );
    const { id, ...recorded } = entry;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // 23:30 UTC is already the next day in Brussels; the position ("near") is never recorded.
    expect(recorded).toEqual({
      day: '2026-12-07',
      resultCount: 0,
      lifeDomain: ['gezondheid'],
      targetGroup: [],
      language: ['ar'],
      district: [],
      wijk: ['11002S02'],
      free: true,
      walkIn: false,
    });
  });

  it('keeps a free text trimmed to the API’s 200 characters, and leaves out an empty one', () => {
    expect(queuedSearchOf({ ...EMPTY_FILTERS, q: `  ${'a'.repeat(250)} ` }, 3, new Date()).q).toHaveLength(200);
    expect('q' in queuedSearchOf({ ...EMPTY_FILTERS, q: '   ' }, 3, new Date())).toBe(false);
  });

  it('dates by Brussels time in summer too', () => {
    expect(brusselsDay(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(brusselsDay(new Date('2026-07-01T21:30:00Z'))).toBe('2026-07-01');
  });
});
