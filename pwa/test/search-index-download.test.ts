// The phone gets the index the server built (issue #12, item 5; docs/offline.md): the analysed
// text index that goes with the snapshot, downloaded as bytes, lets the device place every
// listing's text without analysing it, with the reference data the device itself fetches, and
// search then answers as an index the device analysed itself.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '@sociale-kaart/api/testing';
import { decodeStoredTextIndex, DeviceSearch, EMPTY_FILTERS, type StoredTextIndex } from '@sociale-kaart/core';
import { fetchReferenceData } from '../src/features/offline/reference-data.js';
import type { ReferenceData, SnapshotHoliday, Snapshot } from '../src/features/offline/snapshot-types.js';

let t: TestApp;
let reference: ReferenceData;
let snapshot: Snapshot;
let snapshotTag: string;

beforeAll(async () => {
  t = await startTestApp();
  reference = await fetchReferenceData((path) => fetch(t.url + path));
  const response = await fetch(`${t.url}/api/v1/snapshot`);
  snapshotTag = response.headers.get('etag')!.replace(/^"|(-br|-gzip)?"$/g, '');
  snapshot = (await response.json()) as Snapshot;
});
afterAll(async () => {
  await t?.close();
});

async function downloadIndex(headers: Record<string, string> = {}): Promise<{ response: Response; bytes: Buffer }> {
  // Node's fetch would decompress by itself; ask the raw way to see what is on the wire.
  const response = await fetch(`${t.url}/api/v1/snapshot/search-index`, { headers });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('GET /api/v1/snapshot/search-index', () => {
  let stored: StoredTextIndex;

  beforeAll(async () => {
    const { response, bytes } = await downloadIndex();
    expect(response.status).toBe(200);
    stored = decodeStoredTextIndex(bytes)!;
  });

  it('is the binary index of exactly the snapshot’s services, tagged with the snapshot it goes with', async () => {
    const { response } = await downloadIndex();
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('etag')).toMatch(new RegExp(`^"i\\d+-${snapshotTag}(-br|-gzip)?"$`));
    expect(stored).not.toBeNull();
    expect([...stored.serviceIds].sort()).toEqual(snapshot.services.map((s) => s.id).sort());
  });

  it('lets the device place every text without analysing one, and answer as if it had', () => {
    const holidays: SnapshotHoliday[] = snapshot.holidays;
    const placed = new DeviceSearch(reference, holidays);
    expect(placed.upsert(snapshot.services, stored)).toBe(0);
    const analysed = new DeviceSearch(reference, holidays);
    expect(analysed.upsert(snapshot.services)).toBe(snapshot.services.length);
    const now = new Date();
    for (const q of ['schulden', 'huisarts', 'vrije tijd', 'nachtopvang', 'ocmw', 'kin']) {
      const answer = (search: DeviceSearch) => search.search({ ...EMPTY_FILTERS, q }, { pageSize: 20, now });
      expect(answer(placed)).toEqual(answer(analysed));
    }
  });

  it('answers gzip and brotli when asked, and 304 to the tag the device holds', async () => {
    const gzip = await fetch(`${t.url}/api/v1/snapshot/search-index`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    // fetch decoded it: the same bytes as the identity answer.
    expect(decodeStoredTextIndex(new Uint8Array(await gzip.arrayBuffer()))).toEqual(stored);
    const raw = await new Promise<Buffer>((resolve, reject) => {
      import('node:http')
        .then(({ get }) =>
          get(`${t.url}/api/v1/snapshot/search-index`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
          }).on('error', reject),
        )
        .catch(reject);
    });
    expect(decodeStoredTextIndex(gunzipSync(raw))).toEqual(stored);
    const etag = gzip.headers.get('etag')!;
    const again = await fetch(`${t.url}/api/v1/snapshot/search-index`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});
