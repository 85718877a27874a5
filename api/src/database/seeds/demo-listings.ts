// The demo listings: fictional organisations and services at real-looking Antwerp addresses, kept
// as an HSDS 3.0 file (data/demo) and loaded into an empty database through the same import as
// `npm run hsds:import`, so the file is validated against the official schemas like any import.
// Straight to the service, not over HTTP: an import request's limits do not apply.
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { HsdsSchemas } from '../../modules/hsds/hsds-schemas.js';
import { readHsdsFile } from '../../modules/hsds/import/hsds-file.js';
import { HsdsImportRepository } from '../../modules/hsds/import/hsds-import.repository.js';
import { HsdsImportService, type ImportReport } from '../../modules/hsds/import/hsds-import.service.js';
import type { PlaceLocator } from '../../modules/places/place-locator.js';

/** Relative to DATA_DIR. */
export const DEMO_FILE = 'demo/antwerpen-demo.hsds.json';
/** Who the import is recorded as (HSDS metadata), and who verified the demo listings. */
export const DEMO_IMPORTER = 'demo-seed';

/**
 * Imports the demo file; fails when any record is rejected (a test keeps that from happening). Search engines
 * get no outbox rows: the caller builds the search index from PostgreSQL afterwards.
 */
export async function importDemoListings(dataSource: DataSource, locator: PlaceLocator, dataDir: string): Promise<ImportReport> {
  const file = join(dataDir, DEMO_FILE);
  const records = await readHsdsFile(file).catch((error: unknown) => {
    throw new Error(`Cannot read the demo listings ${file} (is DATA_DIR right, or set SEED_DEMO_DATA=false): ${(error as Error).message}`, {
      cause: error,
    });
  });
  const service = new HsdsImportService(new HsdsImportRepository(dataSource), await HsdsSchemas.load(dataDir), locator, []);
  const report = await service.import(records, { who: DEMO_IMPORTER });
  if (report.rejected > 0) {
    const first = report.rejections.slice(0, 5).map((r) => `record ${r.record}${r.id ? ` (${r.id})` : ''}: ${r.path}: ${r.reason}`);
    throw new Error(`The demo listings in ${file} have ${report.rejected} rejected record(s):\n  ${first.join('\n  ')}`);
  }
  return report;
}
