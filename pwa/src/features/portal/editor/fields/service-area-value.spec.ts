import { describe, expect, it } from '@jest/globals';
import type { AreaValue } from '../listing-values';
import { areaMode, checklistErrors, keptEntries, sortArea, switchMode, WHOLE_CITY, withCodes } from './service-area-value';

const district = (code: string): AreaValue => ({ scope: 'district', code });
const wijk = (code: string): AreaValue => ({ scope: 'wijk', code });
const postcode = (code: string): AreaValue => ({ scope: 'postcode', code });

describe('service area values', () => {
  it('sorts by scope, then code, without duplicates', () => {
    expect(sortArea([postcode('2060'), wijk('b'), district('deurne'), wijk('a'), district('deurne')])).toEqual([
      district('deurne'),
      wijk('a'),
      wijk('b'),
      postcode('2060'),
    ]);
  });

  it('shows the widest scope a value has', () => {
    expect(areaMode(WHOLE_CITY)).toBe('city');
    expect(areaMode([district('deurne'), wijk('a')])).toBe('wijk');
    expect(areaMode([district('deurne'), postcode('2100')])).toBe('district');
    expect(areaMode([postcode('2100')])).toBeNull();
  });

  it('makes the whole city stand alone, and keeps postcodes beside districts or wijken', () => {
    const value = [district('berchem'), postcode('2600')];
    expect(switchMode(value, 'city')).toEqual(WHOLE_CITY);
    expect(switchMode(value, 'wijk', ['x'])).toEqual([wijk('x'), postcode('2600')]);
    expect(switchMode(WHOLE_CITY, 'district')).toEqual([]);
  });

  it('replaces the codes of one scope', () => {
    expect(withCodes([district('berchem'), wijk('a'), postcode('2600')], 'district', ['wilrijk', 'deurne'])).toEqual([
      district('deurne'),
      district('wilrijk'),
      wijk('a'),
      postcode('2600'),
    ]);
  });

  it('lists what the mode has no checkbox for, with its place in the value', () => {
    expect(keptEntries([district('deurne'), wijk('a'), postcode('2100')], 'wijk')).toEqual([
      { entry: district('deurne'), index: 0 },
      { entry: postcode('2100'), index: 2 },
    ]);
  });

  it('moves an error at an entry to its checkbox', () => {
    const value = [district('deurne'), wijk('a'), wijk('zz')];
    expect(checklistErrors(value, { '2.code': 'unknown', '0.code': 'other', '': 'whole' }, 'wijk')).toEqual({ '1': 'unknown' });
  });
});
