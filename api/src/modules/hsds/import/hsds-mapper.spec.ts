import { describe, expect, it } from '@jest/globals';
import type { PlaceLocator } from '../../places/place-locator.js';
import { HsdsMapper, MappingError, PLACEHOLDER_ORGANIZATION } from './hsds-mapper.js';
import { TermIndex } from './term-index.js';

const locator = { locate: () => ({ status: 'inside', districtId: 'borgerhout', wijkId: '11002Z09' }) } as unknown as PlaceLocator;
const ORG = { id: 'c0000000-0000-4000-8000-000000000000', name: 'Org', description: 'd' };
const mapper = () =>
  new HsdsMapper(
    locator,
    new TermIndex([{ id: 't1', code: 'levensdomein' }], [{ id: 'term1', taxonomy: 'levensdomein', code: 'inkomen' }]),
    new Set(),
  );

describe('HsdsMapper', () => {
  it('normalises times and dates, derives the place and keeps the profile service areas', () => {
    const { rows } = mapper().map({
      id: 's1',
      name: 'S',
      status: 'active',
      organization: ORG,
      schedules: [{ id: 'h1', opens_at: '09:00', closes_at: '17:30:00Z', valid_from: '2025-01-01T00:00:00Z' }],
      service_areas: [
        { id: 'a1', uri: 'urn:antwerpen:district:deurne' },
        { id: 'a2', uri: 'http://example.com' },
      ],
      service_at_locations: [{ id: 'x1', location: { id: 'l1', location_type: 'physical', latitude: 51.2, longitude: 4.4 } }],
      attributes: [
        { id: 'at1', taxonomy_term: { id: 'other', name: 'Inkomen', description: 'd', taxonomy: 'levensdomein', code: 'inkomen' } },
      ],
    });
    expect(rows.schedule[0]).toMatchObject({ opens_at: '09:00:00', closes_at: '17:30:00', valid_from: '2025-01-01' });
    expect(rows.service_area).toEqual([expect.objectContaining({ id: 'a1', scope: 'district', code: 'deurne' })]);
    expect(rows.location[0]).toMatchObject({
      district_id: 'borgerhout',
      wijk_id: '11002Z09',
      place_status: 'inside',
      organization_id: ORG.id,
    });
    expect(rows.attribute[0]).toMatchObject({ taxonomy_term_id: 'term1', service_id: 's1' });
  });

  it('gives a nested object that HSDS repeats under several owners an id of its own each time', () => {
    const phone = { id: 'p1', number: '03 000 00 00' };
    const { rows } = mapper().map({ id: 's1', name: 'S', status: 'active', organization: { ...ORG, phones: [phone] }, phones: [phone] });
    expect(rows.phone).toHaveLength(2);
    expect(rows.phone[0]).toMatchObject({ id: 'p1', organization_id: ORG.id });
    expect(rows.phone[1].id).not.toBe('p1');
    expect(
      mapper().map({ id: 's1', name: 'S', status: 'active', organization: { ...ORG, phones: [phone] }, phones: [phone] }).rows.phone[1].id,
    ).toBe(rows.phone[1].id);
  });

  it('names the path of a value it cannot store', () => {
    const map = () =>
      mapper().map({ id: 's1', name: 'S', status: 'active', organization_id: ORG.id, schedules: [{ id: 'h', opens_at: 'noon' }] });
    expect(map).toThrow(MappingError);
    try {
      map();
    } catch (error) {
      expect((error as MappingError).path).toBe('$.schedules[0].opens_at');
    }
  });

  it('puts a service that names no organization under the placeholder, with a warning', () => {
    const record = mapper().map({ id: 's1', name: 'S', status: 'active' });
    expect(record.placeholder).toBe(true);
    expect(record.rows.service[0]).toMatchObject({ organization_id: PLACEHOLDER_ORGANIZATION.id });
    expect(record.rows.organization).toEqual([]);
    expect(record.owners.organization).toEqual([]);
    expect(record.warnings).toEqual([{ path: '$.organization_id', message: expect.stringMatching(/no organization/) }]);
    const named = mapper().map({ id: 's1', name: 'S', status: 'active', organization_id: ORG.id });
    expect(named).toMatchObject({ placeholder: false, warnings: [] });
  });
});
