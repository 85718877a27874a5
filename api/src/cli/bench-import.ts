// `npm run bench:import [-- --services 20000]`: the HSDS import benchmark. In a throwaway embedded
// PostgreSQL (.data/bench-import-postgres, port 54332, deleted before and after), generates N
// synthetic services, exports them as HSDS service objects, empties the listings, and times the
// import of those objects (validation, mapping, unchanged check, bulk writes, outbox).
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/app-config.js';
import { openDatabase } from '../database/open-database.js';
import { generateSyntheticServices } from '../database/seeds/synthetic/synthetic-generator.js';
import { exportServices } from '../modules/hsds/hsds-export.js';
import { HsdsSchemas } from '../modules/hsds/hsds-schemas.js';
import type { HsdsObject } from '../modules/hsds/hsds-serializer.js';
import { HsdsImportRepository } from '../modules/hsds/import/hsds-import.repository.js';
import { HsdsImportService } from '../modules/hsds/import/hsds-import.service.js';

const TARGET_SECONDS = 60;
const { values: args } = parseArgs({ options: { services: { type: 'string', default: '20000' } } });
const serviceCount = Number(args.services);
if (!Number.isInteger(serviceCount) || serviceCount < 1) {
  console.error('usage: bench-import [--services N]');
  process.exit(2);
}

// Never the developer's database: a cluster of its own, whatever DATABASE_URL says.
const config = loadConfig({
  ...process.env,
  DATABASE_URL: '',
  EMBEDDED_PG_DATA_DIR: '.data/bench-import-postgres',
  EMBEDDED_PG_PORT: process.env.BENCH_IMPORT_PG_PORT ?? '54332',
  MEILI_URL: '',
});
const dataDir = config.database.embedded.dataDir;
await rm(dataDir, { recursive: true, force: true });
const db = await openDatabase(config, {
  seedDemo: false,
  log: (m) => m.startsWith('postgres: ') || console.log(m),
});
const bar = (label: string) =>
  new cliProgress.SingleBar(
    { format: `${label} {bar} {percentage}% | {value}/{total}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
let exitCode = 0;
try {
  const generating = bar('generating');
  generating.start(serviceCount, 0);
  await generateSyntheticServices(db.dataSource, {
    services: serviceCount,
    locator: db.locator,
    dataDir: config.dataDir,
    onProgress: (n) => generating.update(n),
  });
  generating.stop();
  // The export holds published listings only; here every synthetic one should take part.
  await db.dataSource.query(`UPDATE organization SET publication_state = 'published'`);
  await db.dataSource.query(`UPDATE service SET publication_state = 'published'`);
  const records: HsdsObject[] = [];
  for await (const service of exportServices(db.dataSource)) records.push(service);
  console.log(`exported ${records.length} services as HSDS objects`);
  await db.dataSource.query('TRUNCATE organization, search_outbox CASCADE');

  // Outbox rows for one remote engine, as a deployment with Meilisearch writes them (the feed rows are always written).
  const service = new HsdsImportService(new HsdsImportRepository(db.dataSource), await HsdsSchemas.load(config.dataDir), db.locator, [
    'meilisearch',
  ]);
  const importing = bar('importing');
  importing.start(records.length, 0);
  const started = performance.now();
  const report = await service.import(
    records.map((value) => ({ value })),
    { who: 'bench', onProgress: (n) => importing.update(n) },
  );
  const seconds = (performance.now() - started) / 1000;
  importing.stop();
  console.log(
    `imported ${report.received} services in ${seconds.toFixed(1)} s (${Math.round(report.received / seconds)} records/s): ` +
      `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected ` +
      `(target: ≤ ${TARGET_SECONDS} s for 20,000)`,
  );
  const again = performance.now();
  const second = await service.import(
    records.map((value) => ({ value })),
    { who: 'bench' },
  );
  const againSeconds = (performance.now() - again) / 1000;
  console.log(
    `re-imported the same file in ${againSeconds.toFixed(1)} s (${Math.round(second.received / againSeconds)} records/s): ${second.unchanged} unchanged`,
  );
  if (report.rejected > 0) {
    console.log(report.rejections.slice(0, 5));
    exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  exitCode = 1;
} finally {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
