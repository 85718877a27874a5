// Fills a database with reproducible synthetic listings for benchmarks: DESIGN.md asks us to design
// for 20,000 services and test at 200,000. Rows go in as bulk inserts, one transaction per batch;
// while PostgreSQL writes one batch, the next is composed, so both cores work.
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { PlaceLocator } from '../../../modules/places/place-locator.js';
import { BatchInserter } from './bulk-insert.js';
import { ListingFactory } from './listing-factory.js';

export const DEFAULT_SYNTHETIC_SEED = 42;
/** About 15,000 rows over all tables per transaction: large enough to amortise the round trips. */
export const DEFAULT_SYNTHETIC_BATCH_SIZE = 1_000;
/**
 * Batches are independent (whole organisations), so two transactions write side by side: one
 * PostgreSQL backend per core, while this process composes the next batch in between.
 */
const MAX_BATCHES_IN_FLIGHT = 2;

export interface SyntheticOptions {
  services: number;
  seed?: number;
  /** Services per transaction; whole organisations, so a batch may hold a few more. */
  batchSize?: number;
  /** Called after each committed batch with the number of services written so far. */
  onProgress?: (done: number) => void;
  locator: PlaceLocator;
  dataDir: string;
}

export interface SyntheticResult {
  organizations: number;
  services: number;
  locations: number;
  ms: number;
}

export async function generateSyntheticServices(dataSource: DataSource, options: SyntheticOptions): Promise<SyntheticResult> {
  const { services, seed = DEFAULT_SYNTHETIC_SEED, batchSize = DEFAULT_SYNTHETIC_BATCH_SIZE, onProgress } = options;
  if (!Number.isSafeInteger(services) || services < 0) throw new RangeError(`services must be a whole number ≥ 0, got ${services}`);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a whole number ≥ 1, got ${batchSize}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);

  const started = performance.now();
  const factory = await ListingFactory.create({ seed, dataDir: options.dataDir, locator: options.locator });
  const inserter = await BatchInserter.prepare(dataSource);
  const result = { organizations: 0, services: 0, locations: 0 };
  let generated = 0;
  let written = 0;
  const inFlight = new Set<Promise<void>>();
  try {
    while (generated < services) {
      const batch = factory.nextBatch(batchSize, services - generated);
      generated += batch.services.length;
      result.organizations += batch.organizations.length;
      result.locations += batch.locations.length;
      if (inFlight.size >= MAX_BATCHES_IN_FLIGHT) await Promise.race(inFlight);
      const insert: Promise<void> = inserter.insert(dataSource, batch).then(() => {
        inFlight.delete(insert);
        written += batch.services.length;
        onProgress?.(written);
      });
      // Observed here so that a failure waits for the next race/all instead of crashing the process.
      insert.catch(() => undefined);
      inFlight.add(insert);
    }
    await Promise.all(inFlight);
  } catch (error) {
    // Let the other batches settle before the caller closes the connections.
    await Promise.allSettled(inFlight);
    throw error;
  }
  if (written > 0) await inserter.analyze(dataSource);
  return { ...result, services: written, ms: Math.round(performance.now() - started) };
}
