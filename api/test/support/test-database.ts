// Gives each test file its own database, cloned from the template the global setup prepared.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { openDatabase, type OpenDatabase } from '../../src/database/open-database.js';

export const TEMPLATE_DATABASE = 'sk_template';
export const TEST_CLUSTER_ENV = 'SK_TEST_CLUSTER';

export interface TestDatabase extends OpenDatabase {
  name: string;
  url: string;
  config: AppConfig;
}

function adminUrl(): string {
  const raw = process.env[TEST_CLUSTER_ENV];
  if (!raw) throw new Error(`${TEST_CLUSTER_ENV} is not set: run the tests with \`npm test\` (its global setup starts PostgreSQL).`);
  return (JSON.parse(raw) as { url: string }).url;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new database for one test file: a copy of the migrated template with reference and demo data. */
export async function createTestDatabase(env: Record<string, string> = {}): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)} TEMPLATE ${TEMPLATE_DATABASE}`));
  const url = adminUrl().replace(/\/postgres$/, `/${name}`);
  // Tests drive the search outbox worker themselves, and keep no search index on disk unless they ask.
  const config = loadConfig({ NODE_ENV: 'test', SEARCH_WORKER: 'false', SEARCH_INDEX_DIR: '', ...env, DATABASE_URL: url });
  const db = await openDatabase(config);
  return {
    ...db,
    name,
    url,
    config,
    close: async () => {
      await db.close();
      await dropTestDatabase(name);
    },
  };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`));
}

/** A database URL for an empty database of the test cluster (the caller drops it). */
export async function createEmptyDatabase(): Promise<{ name: string; url: string }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)} TEMPLATE template0`));
  return { name, url: adminUrl().replace(/\/postgres$/, `/${name}`) };
}
