import { describe, expect, it } from '@jest/globals';
import { mergePatch } from './hsds-profile.js';
import { pick } from './hsds-serializer.js';
import { toHsdsPage } from './hsds.service.js';

describe('toHsdsPage', () => {
  it('sets every flag as the HSDS Page defines it', () => {
    expect(toHsdsPage([{ id: 'a' }], 11, { page: 3, perPage: 5 })).toEqual({
      total_items: 11,
      total_pages: 3,
      page_number: 3,
      size: 1,
      first_page: false,
      last_page: true,
      empty: false,
      contents: [{ id: 'a' }],
    });
    expect(toHsdsPage([{ id: 'a' }, { id: 'b' }], 11, { page: 1, perPage: 2 })).toMatchObject({
      first_page: true,
      last_page: false,
      size: 2,
    });
    expect(toHsdsPage([], 0, { page: 1, perPage: 5 })).toMatchObject({ total_pages: 0, empty: true, first_page: true, last_page: true });
    expect(toHsdsPage([], 4, { page: 9, perPage: 5 })).toMatchObject({ empty: true, size: 0, last_page: true });
  });
});

describe('pick', () => {
  it('leaves out absent values and empty objects, and writes translation fields in snake_case', () => {
    const row = { id: 'x', name: 'n', url: null, translations: { fr: { alternateName: 'f' } }, empty: {} };
    expect(pick(row, ['id', 'name', 'url', 'translations', 'empty'])).toEqual({
      id: 'x',
      name: 'n',
      translations: { fr: { alternate_name: 'f' } },
    });
  });
});

describe('mergePatch (RFC 7396)', () => {
  it('merges objects, replaces other values and removes on null', () => {
    expect(mergePatch({ a: { b: 1, c: 2 }, d: [1], e: 1 }, { a: { b: 3 }, d: [2], e: null, f: 'x' })).toEqual({
      a: { b: 3, c: 2 },
      d: [2],
      f: 'x',
    });
  });
});
