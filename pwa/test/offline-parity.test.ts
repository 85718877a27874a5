// On-device search must answer as the API does (docs/offline.md). This starts the real API over
// the demo data, loads the offline snapshot into the in-process device search, and compares, for
// each query of parity-queries.ts, the total, the first ten ids in order, the facets and the shown
// location and opening status of those hits with GET /api/v1/search.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { startTestApp, type TestApp } from '@sociale-kaart/api/testing';
import { DeviceSearch, type DeviceSearchResponse, filtersToParams, searchVector } from '@sociale-kaart/core';
import { fetchReferenceData } from '../src/features/offline/reference-data.js';
import type { ReferenceData, SnapshotHoliday, SnapshotService } from '../src/features/offline/snapshot-types.js';
import type { SearchResponse } from '../src/lib/api-types.js';
import { documentsAsRecords, pgVector, type PayloadDocument } from './search-documents.js';
import { PARITY_QUERIES, toFilters } from './parity-queries.js';

const PAGE_SIZE = 10;
/** The moment the API and the device both judge `open` by: the API uses its own clock. */
const now = () => new Date();

let t: TestApp;
let reference: ReferenceData;
let holidays: SnapshotHoliday[];

beforeAll(async () => {
  t = await startTestApp();
  reference = await fetchReferenceData((path) => fetch(t.url + path));
  holidays = (await (await fetch(`${t.url}/api/v1/holidays`)).json()) as SnapshotHoliday[];
});
afterAll(async () => {
  await t?.close();
});

async function apiSearch(params: URLSearchParams, pageSize = PAGE_SIZE): Promise<SearchResponse> {
  params.set('pageSize', String(pageSize));
  const response = await fetch(`${t.url}/api/v1/search?${params}`);
  if (!response.ok) throw new Error(`GET /api/v1/search?${params}: ${response.status} ${await response.text()}`);
  return (await response.json()) as SearchResponse;
}

interface Mismatch {
  query: string;
  what: string;
  api: string;
  device: string;
}

function compare(label: string, api: SearchResponse, device: DeviceSearchResponse): Mismatch[] {
  const out: Mismatch[] = [];
  const add = (what: string, a: unknown, d: unknown) => out.push({ query: label, what, api: String(a), device: String(d) });
  if (api.total !== device.total) add('total', api.total, device.total);
  const apiIds = api.hits.map((h) => h.id);
  const deviceIds = device.hits.map((h) => h.id);
  apiIds.forEach((id, i) => {
    if (deviceIds[i] !== id)
      add(
        `hit ${i + 1}`,
        `${api.hits[i].name} (${id.slice(0, 8)})`,
        device.hits[i] ? `${device.hits[i].name} (${deviceIds[i].slice(0, 8)})` : '—',
      );
  });
  for (const facet of ['lifeDomain', 'targetGroup', 'language', 'district'] as const) {
    const a = JSON.stringify(Object.entries(api.facets[facet]).sort());
    const d = JSON.stringify(Object.entries(device.facets[facet]).sort());
    if (a !== d) add(`facet ${facet}`, a.slice(0, 120), d.slice(0, 120));
  }
  api.hits.forEach((hit, i) => {
    const other = device.hits[i];
    if (!other || other.id !== hit.id) return;
    if ((hit.location?.id ?? null) !== (other.location?.id ?? null)) add(`location of ${i + 1}`, hit.location?.id, other.location?.id);
    const [da, dd] = [hit.location?.distance ?? null, other.location?.distance ?? null];
    if ((da === null) !== (dd === null) || Math.abs((da ?? 0) - (dd ?? 0)) > 2) add(`distance of ${i + 1}`, da, dd);
    if (hit.location?.district?.name !== other.location?.district?.name)
      add(`district of ${i + 1}`, hit.location?.district?.name, other.location?.district?.name);
    if (JSON.stringify(hit.open) !== JSON.stringify(other.open))
      add(`open of ${i + 1}`, JSON.stringify(hit.open), JSON.stringify(other.open));
  });
  return out;
}

function table(rows: Mismatch[]): string {
  const cols = ['query', 'what', 'api', 'device'] as const;
  const width = cols.map((c) => Math.min(60, Math.max(c.length, ...rows.map((r) => r[c].length))));
  const line = (r: Record<(typeof cols)[number], string>) => cols.map((c, i) => r[c].slice(0, 60).padEnd(width[i])).join(' | ');
  return [line({ query: 'query', what: 'what', api: 'api', device: 'device' }), ...rows.map(line)].join('\n');
}

async function parity(records: SnapshotService[], options: { compareText: boolean }): Promise<Mismatch[]> {
  const device = new DeviceSearch(reference, holidays);
  device.upsert(records);
  const mismatches: Mismatch[] = [];
  for (const query of PARITY_QUERIES) {
    const filters = toFilters(query);
    const pageSize = query.compare === 'set' ? 100 : PAGE_SIZE;
    const api = await apiSearch(filtersToParams(filters), pageSize);
    const answer = device.search(filters, { pageSize, now: now() });
    if (query.compare === 'set') {
      const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id).sort();
      api.hits = api.hits.filter((h) => ids(api).includes(h.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
      answer.hits = answer.hits.sort((a, b) => (a.id < b.id ? -1 : 1));
    }
    mismatches.push(...compare(query.label, api, answer).filter((m) => options.compareText || m.what !== 'shortDescription'));
  }
  return mismatches;
}

describe('on-device search agrees with GET /api/v1/search', () => {
  it('over the API search index documents (a stand-in for the snapshot records)', async () => {
    const documents = await readDocuments();
    const mismatches = await parity(documentsAsRecords(documents), { compareText: false });
    if (mismatches.length > 0) console.log(`Mismatches (search documents):\n${table(mismatches)}`);
    expect(PARITY_QUERIES.length).toBeGreaterThanOrEqual(15);
    expect(mismatches).toEqual([]);
  });

  // The order of a service's taxonomy terms within weight B follows attribute rows, which neither
  // the documents nor the snapshot carry: B positions are compared as counts.
  it('builds the lexemes and positions PostgreSQL indexes', async () => {
    const documents = await readDocuments();
    const differing = documents
      .map((d) => ({
        name: d.document.name,
        pg: withoutBPositions(d.vector),
        device: withoutBPositions(pgVector(searchVector(documentsAsRecords([d]).map(textOf)[0]))),
      }))
      .filter((d) => d.pg !== d.device);
    const firstDifference = (a: string, b: string) => {
      const [x, y] = [a.split(' '), b.split(' ')];
      const i = x.findIndex((lexeme, k) => lexeme !== y[k]);
      return `pg: ${x.slice(i, i + 3).join(' ')} | device: ${y.slice(i, i + 3).join(' ')}`;
    };
    if (differing.length > 0)
      console.log(
        differing
          .slice(0, 8)
          .map((d) => `${d.name}: ${firstDifference(d.pg, d.device)}`)
          .join('\n'),
      );
    expect(differing.map((d) => d.name)).toEqual([]);
  });

  it('over the offline snapshot (GET /api/v1/snapshot)', async () => {
    const response = await fetch(`${t.url}/api/v1/snapshot`);
    if (response.status === 404) {
      throw new Error('GET /api/v1/snapshot answers 404: the snapshot endpoint (api/src/modules/snapshot) is not there yet');
    }
    expect(response.status).toBe(200);
    const snapshot = (await response.json()) as { services: SnapshotService[]; holidays: SnapshotHoliday[] };
    holidays = snapshot.holidays;
    const mismatches = await parity(snapshot.services, { compareText: true });
    if (mismatches.length > 0) console.log(`Mismatches (snapshot):\n${table(mismatches)}`);
    expect(mismatches).toEqual([]);
  });
});

let documentsCache: PayloadDocument[] | undefined;
async function readDocuments(): Promise<PayloadDocument[]> {
  if (documentsCache) return documentsCache;
  const client = new pg.Client({ connectionString: t.db.url });
  await client.connect();
  try {
    const { rows } = await client.query<PayloadDocument>(
      `SELECT p.document, d.search_vector::text AS vector FROM search_payload p JOIN search_document d USING (service_id)`,
    );
    documentsCache = rows;
    return rows;
  } finally {
    await client.end();
  }
}

const withoutBPositions = (vector: string) => vector.replace(/\d+B/g, 'B');

function textOf(record: SnapshotService) {
  const device = new DeviceSearch(reference, holidays);
  return device.textOf(record);
}
