// The corpus and queries of the on-device search measurement (measure-device-search.ts): a real
// snapshot of the synthetic benchmark data (api/src/database/seeds/synthetic, the data the API's
// benchmarks search), padded to 20,000 services, and the API benchmark's seeded query mix plus
// the broad queries that dominate p95 offline (short prefixes, common word pairs, browsing).
import { readFileSync } from 'node:fs';
import { buildQueryMix, type MixQuery } from '../src/dev/query-mix.js';
import { Random } from '../src/dev/random.js';
import { filtersFromParams, type SearchFilters } from '../src/search/search-filters.js';
import type { ReferenceData, SnapshotHoliday, SnapshotService } from '../src/search/search-types.js';

export interface Corpus {
  services: SnapshotService[];
  holidays: SnapshotHoliday[];
  reference: ReferenceData;
}

export interface MeasuredQuery {
  kind: string;
  query: string;
  filters: SearchFilters;
}

export const CORPUS_HELP = `No corpus in DIR. Make one (once) from the snapshot benchmark's database:
  npm run bench:snapshot --workspace api        # fills .data/bench-snapshot-postgres (20,000 synthetic services)
  EMBEDDED_PG_DATA_DIR=.data/bench-snapshot-postgres EMBEDDED_PG_PORT=54344 SEED_DEMO_DATA=false PORT=3317 \\
    node --import ./api/src/dev-loader.mjs api/src/main.ts &
  curl -s localhost:3317/api/v1/snapshot -o DIR/snapshot.json
  and DIR/reference.json from fetchReferenceData() (pwa/src/features/offline/reference-data.ts) against the same API.`;

/** Reads DIR/snapshot.json and DIR/reference.json, and pads the services to `size` with copies under new ids. */
export function loadCorpus(dir: string, size: number): Corpus {
  const snapshot = JSON.parse(readFileSync(`${dir}/snapshot.json`, 'utf8')) as { services: SnapshotService[]; holidays: SnapshotHoliday[] };
  const reference = JSON.parse(readFileSync(`${dir}/reference.json`, 'utf8')) as ReferenceData;
  const services = snapshot.services.slice(0, size);
  // 17,462 of the 20,000 synthetic services are public; copies (new id, a numbered name) fill the rest.
  for (let i = 0; services.length < size; i++) {
    const source = snapshot.services[i % snapshot.services.length];
    const suffix = (0x10000000 + i).toString(16);
    services.push({ ...source, id: `${suffix}-0000-4000-8000-${source.id.slice(-12)}`, name: `${source.name} ${(i % 9) + 2}` });
  }
  return { services, holidays: snapshot.holidays, reference };
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** The API search benchmark's query mix (bench-query-mix.ts), seeded, over the corpus' codes. */
export function queryMix(corpus: Corpus, count: number, seed = 7): MeasuredQuery[] {
  const mix = buildQueryMix(new Random(seed), count, {
    lifeDomains: sorted(corpus.reference.lifeDomains.map((t) => t.code)),
    targetGroups: sorted(corpus.reference.targetGroups.map((t) => t.code)),
    languages: sorted(corpus.services.flatMap((s) => s.languages)),
    districts: sorted(corpus.reference.districts.map((d) => d.id)),
    wijken: sorted(corpus.reference.wijken.map((w) => w.id)),
  });
  return mix.map(withFilters);
}

function withFilters({ kind, query }: MixQuery): MeasuredQuery {
  return { kind, query, filters: filtersFromParams(new URLSearchParams(query)) };
}

/** What typing and browsing ask that the mix has little of: 1–2 letter prefixes, word pairs, no text. */
export function broadQueries(): MeasuredQuery[] {
  const typed = ['schuldhulp', 'huisarts', 'taalcursus', 'opvoeding', 'woning'];
  const pairs = ['hulp bij', 'sociaal huis', 'hulp advies', 'gratis begeleiding', 'onthaal informatie', 'jongeren hulp', 'wonen zoeken'];
  const queries: MixQuery[] = [
    ...[...'abdghjkostvw'].map((l) => ({ kind: 'prefix (1 letter)', query: `q=${l}` })),
    ...['sc', 'hu', 'ta', 'op', 'wo', 'be', 'ge', 'in'].map((p) => ({ kind: 'prefix (2 letters)', query: `q=${p}` })),
    ...pairs.map((p) => ({ kind: 'two words', query: `q=${encodeURIComponent(p)}` })),
    ...typed.flatMap((w) => [1, 2, 3, 4, 5, 6].map((n) => ({ kind: 'typing', query: `q=${w.slice(0, n)}` }))),
    { kind: 'browse (no text)', query: '' },
    { kind: 'browse (no text)', query: 'page=2' },
    { kind: 'browse (no text)', query: 'sort=updated' },
    { kind: 'browse (no text)', query: 'lifeDomain=inkomen' },
    { kind: 'browse (no text)', query: 'language=ar&district=deurne' },
    { kind: 'browse (no text)', query: 'free=true&walkIn=true' },
  ];
  return queries.map(withFilters);
}
