// The bytes a server sends and a device decodes give back the same stored index, and a device
// placing them analyses nothing; anything else is refused rather than misread.
import { describe, expect, it } from '@jest/globals';
import { DeviceSearch } from './device-search.js';
import { EMPTY_FILTERS } from './search-filters.js';
import { decodeStoredTextIndex, encodeStoredTextIndex } from './stored-index-codec.js';
import type { ReferenceData, SnapshotService } from './search-types.js';

const reference: ReferenceData = {
  lifeDomains: [
    { code: 'inkomen', parentCode: null, labels: { nl: 'Inkomen en schulden', en: 'Income and debt' }, keywords: ['budgetbeheer'] },
  ],
  targetGroups: [],
  accessTerms: [],
  districts: [{ id: 'deurne', name: 'Deurne' }],
  wijken: [],
};

const service = (n: number): SnapshotService => ({
  id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
  name: `Schuldbemiddeling ${n} — café Ünal`,
  organization: { id: 'org', name: 'Organisatie' },
  isDemo: true,
  description: `Hulp bij schulden, budgetbeheer en energiefacturen; dienst nummer ${n}.`,
  status: 'active',
  lifeDomains: ['inkomen'],
  targetGroups: [],
  access: [],
  languages: ['nl'],
  isFree: null,
  servesCity: true,
  servesDistricts: [],
  servesWijken: [],
  locations: [],
  phones: [],
  requiredDocuments: [],
  schedules: [],
  opensOnHolidays: false,
  followsPublicSectorCalendar: false,
  updatedAt: '2026-01-01T00:00:00Z',
});

const records = Array.from({ length: 40 }, (_, i) => service(i + 1));
const built = new DeviceSearch(reference, []);
built.upsert(records);
const stored = built.storeText();

describe('stored text index codec', () => {
  it('round-trips every field', () => {
    const decoded = decodeStoredTextIndex(encodeStoredTextIndex(stored));
    expect(decoded).toEqual(stored);
    expect(decoded!.positions).toBeInstanceOf(Uint16Array);
  });

  it('decodes from a view at an odd offset of a larger buffer (as a Response body may be)', () => {
    const bytes = encodeStoredTextIndex(stored);
    const larger = new Uint8Array(bytes.length + 3);
    larger.set(bytes, 3);
    expect(decodeStoredTextIndex(larger.subarray(3))).toEqual(stored);
  });

  it('lets a device place every text without analysing it, and answer as the builder does', () => {
    const device = new DeviceSearch(reference, []);
    expect(device.upsert(records, decodeStoredTextIndex(encodeStoredTextIndex(stored))!)).toBe(0);
    const query = (search: DeviceSearch) =>
      search.search({ ...EMPTY_FILTERS, q: 'energiefactuur schuld' }, { pageSize: 10 }).hits.map((h) => h.id);
    expect(query(device)).toEqual(query(built));
    expect(query(device).length).toBeGreaterThan(0);
  });

  it('refuses what is not a stored index, is truncated or comes from another analysis version', () => {
    const bytes = encodeStoredTextIndex(stored);
    expect(decodeStoredTextIndex(new TextEncoder().encode('{"services":[]}'))).toBeNull();
    expect(decodeStoredTextIndex(bytes.subarray(0, bytes.length - 8))).toBeNull();
    const other = bytes.slice();
    const headerLength = new DataView(other.buffer).getUint32(8, true);
    const header = new TextDecoder().decode(other.subarray(12, 12 + headerLength)).replace('"analysis":1', '"analysis":9');
    other.set(new TextEncoder().encode(header), 12);
    expect(decodeStoredTextIndex(other)).toBeNull();
  });
});
