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
import { seedDemoData } from './seeds/demo/demo-seed.js';
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
    await embedded.ensureDatabase(EMBEDDED_DATABASE_NAME);
    url = embedded.url(EMBEDDED_DATABASE_NAME);
  }
  const dataSource = new DataSource(dataSourceOptions(url, { logging: config.database.logging }));
  const locator = new PlaceLocator(await readWijken(config.sharedDir));
  LocationPlaceSubscriber.register(dataSource, locator);
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  };
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations();
    if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    await seedReferenceData(dataSource, config.sharedDir);
    if (options.seedDemo && (await dataSource.getRepository(Organization).count()) === 0) {
      const counts = await seedDemoData(dataSource);
      log(`loaded the demo data: ${counts.organizations} organisations, ${counts.services} services`);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { dataSource, locator, embedded, close };
}
