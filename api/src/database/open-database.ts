// Opens the database the app, the CLIs and the tests use: the server at DATABASE_URL, or the
// embedded PostgreSQL started here. Migrates, loads reference data, and loads the demo listings
// into an empty database when asked.
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { Organization } from './entities/index.js';
import { dataSourceOptions } from './data-source-options.js';
import { EmbeddedDatabase } from './embedded-postgres.js';
import { readWijken } from './seeds/reference-files.js';
import { seedReferenceData } from './seeds/reference-seed.js';
import { importDemoListings } from './seeds/demo-listings.js';
import { PlaceLocator } from '../modules/places/place-locator.js';
import { LocationPlaceSubscriber } from '../modules/places/location-place.subscriber.js';

export const EMBEDDED_DATABASE_NAME = 'sociale_kaart';

export interface OpenDatabase {
  dataSource: DataSource;
  locator: PlaceLocator;
  /** Set when this process started the embedded PostgreSQL; stop it on shutdown. */
  embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Load the demo listings when the database has no organisations. */
  seedDemo?: boolean;
  log?: (message: string) => void;
}

export async function openDatabase(config: AppConfig, options: OpenOptions = {}): Promise<OpenDatabase> {
  const log = options.log ?? (() => undefined);
  let embedded: EmbeddedDatabase | undefined;
  let url = config.database.url;
  if (!url) {
    log(`starting the embedded PostgreSQL (data in ${config.database.embedded.dataDir})`);
    embedded = await EmbeddedDatabase.start({ ...config.database.embedded, log: (m) => log(`postgres: ${m}`) });
    if (embedded.isNew) log(`initialised a new PostgreSQL cluster in ${config.database.embedded.dataDir}`);
    await embedded.ensureDatabase(EMBEDDED_DATABASE_NAME);
    url = embedded.url(EMBEDDED_DATABASE_NAME);
  }
  const dataSource = new DataSource(dataSourceOptions(url, { logging: config.database.logging }));
  const locator = new PlaceLocator(await readWijken(config.dataDir));
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  };
  try {
    await dataSource.initialize();
    // After initialize(): it replaces the subscriber list with the configured one.
    LocationPlaceSubscriber.register(dataSource, locator);
    await withStartupLock(dataSource, async () => {
      const applied = await dataSource.runMigrations();
      if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
      await seedReferenceData(dataSource, config.dataDir);
      if (options.seedDemo && (await dataSource.getRepository(Organization).count()) === 0) {
        const report = await importDemoListings(dataSource, locator, config.dataDir);
        const organizations = await dataSource.getRepository(Organization).countBy({ isDemo: true });
        log(`loaded the demo data: ${organizations} organisations, ${report.created} services`);
      }
    });
  } catch (error) {
    await close();
    throw error;
  }
  return { dataSource, locator, embedded, close };
}

// Arbitrary, fixed: the key of the advisory lock that serialises migrations and seeding.
const STARTUP_LOCK_KEY = 7_246_190_311;

/** Several API processes may start at once (scaled deployments): one migrates and seeds at a time. */
async function withStartupLock(dataSource: DataSource, run: () => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    await run();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
