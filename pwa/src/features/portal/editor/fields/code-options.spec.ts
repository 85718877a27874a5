import { describe, expect, it } from '@jest/globals';
import { countOptions, filterOptions, sortCodes, termOptions, toggleCode, wijkOptionsByDistrict, withSelected } from './code-options';
import { errorsUnder, isRowPath, otherErrors } from './field-errors';
import { roundCoordinate } from './location-value';

const domains = termOptions(
  [
    { code: 'inkomen', name: 'Inkomen', children: [{ code: 'inkomen/schuldhulp', name: 'Schuldhulp', children: [] }] },
    { code: 'wonen', name: 'Wonen', children: [{ code: 'wonen/nachtopvang', name: 'Nachtopvang', children: [] }] },
  ],
  (_code, name) => name,
);

describe('checklist options', () => {
  it('keeps a value sorted and without duplicates', () => {
    expect(sortCodes(['tr', 'ar', 'tr'])).toEqual(['ar', 'tr']);
    expect(toggleCode(['nl'], 'ar', true)).toEqual(['ar', 'nl']);
    expect(toggleCode(['ar', 'nl'], 'ar', false)).toEqual(['nl']);
  });

  it('filters by label without minding case or accents, keeping a parent for its matching child', () => {
    expect(filterOptions(domains, 'SCHULD')).toEqual([
      { code: 'inkomen', label: 'Inkomen', children: [{ code: 'inkomen/schuldhulp', label: 'Schuldhulp' }] },
    ]);
    expect(filterOptions([{ code: 'fr', label: 'Français' }], 'francais')).toHaveLength(1);
    expect(filterOptions(domains, 'wonen')[0].children).toHaveLength(1);
    expect(countOptions(domains)).toBe(4);
  });

  it('adds selected codes the options do not have, so they can be unticked', () => {
    expect(withSelected(domains, ['inkomen/schuldhulp', 'oud']).at(-1)).toEqual({ code: 'oud', label: 'oud' });
  });

  it('groups wijken under their district, by district name', () => {
    const grouped = wijkOptionsByDistrict(
      [
        { id: 'deurne', name: 'Deurne' },
        { id: 'berchem', name: 'Berchem' },
      ],
      [
        { id: 'w1', name: 'Zurenborg', districtId: 'berchem' },
        { id: 'w2', name: 'Deurne-Noord', districtId: 'deurne' },
        { id: 'w3', name: 'Haven', districtId: null },
      ],
      'Andere',
    );
    expect(grouped.map((g) => [g.label, g.children?.map((c) => c.code)])).toEqual([
      ['Berchem', ['w1']],
      ['Deurne', ['w2']],
      ['Andere', ['w3']],
    ]);
  });
});

describe('field errors', () => {
  it('takes the errors of a part, and lists those no input shows', () => {
    const errors = { '0.amount': 'a', '3.amount': 'b', '': 'c', 'closures.1.to': 'd' };
    expect(errorsUnder(errors, 'closures')).toEqual({ '1.to': 'd' });
    expect(otherErrors(errors, (path) => isRowPath(path, 2, ['amount']))).toEqual(['c', 'b', 'd']);
  });
});

describe('roundCoordinate', () => {
  it('keeps six decimals', () => {
    expect(roundCoordinate(51.21949999)).toBe(51.2195);
    expect(roundCoordinate(4.40251234)).toBe(4.402512);
  });
});
