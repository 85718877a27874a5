import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { createEmptyDatabase, dropTestDatabase } from './support/test-database.js';

let database: { name: string; url: string };
let dataSource: DataSource;
beforeAll(async () => {
  database = await createEmptyDatabase();
  dataSource = new DataSource(dataSourceOptions(database.url));
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await dropTestDatabase(database.name);
});

const tables = async (): Promise<string[]> =>
  (
    await dataSource.query<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    )
  ).map((r) => r.table_name);

describe('migrations', () => {
  it('build the whole schema on an empty database', async () => {
    expect(await tables()).toEqual([]);
    const applied = await dataSource.runMigrations();
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    expect(await tables()).toEqual(
      expect.arrayContaining([
        'address',
        'attribute',
        'contact',
        'cost_option',
        'district',
        'holiday',
        'language',
        'location',
        'metadata',
        'organization',
        'phone',
        'reference_language',
        'required_document',
        'schedule',
        'service',
        'service_area',
        'service_at_location',
        'taxonomy',
        'taxonomy_term',
        'wijk',
      ]),
    );
    const extensions = (await dataSource.query(`SELECT extname FROM pg_extension`)).map((r: { extname: string }) => r.extname);
    expect(extensions).toEqual(expect.arrayContaining(['unaccent', 'pg_trgm', 'cube', 'earthdistance']));
    // The retired PostgreSQL search engine left nothing behind.
    expect((await tables()).filter((t) => t.startsWith('search_'))).toEqual(['search_outbox']);
    expect(extensions).not.toContain('fuzzystrmatch');
  });

  it("retire the PostgreSQL search index of a database that had one, keeping other engines' outbox rows", async () => {
    const last = async () =>
      (await dataSource.query<{ name: string }[]>('SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1'))[0].name;
    while ((await last()) !== 'CreateChangeFeedRetention1796622000000') await dataSource.undoLastMigration();
    expect(await tables()).toEqual(expect.arrayContaining(['search_document', 'search_lexicon', 'search_payload']));
    await dataSource.query(`INSERT INTO search_lexicon (word) VALUES ('schuldhulp')`);
    await dataSource.query(
      `INSERT INTO search_outbox (engine, service_id) VALUES ('postgres', gen_random_uuid()), ('meilisearch', gen_random_uuid())`,
    );
    await dataSource.runMigrations();
    expect((await tables()).filter((t) => t.startsWith('search_'))).toEqual(['search_outbox']);
    const outbox = await dataSource.query<{ engine: string }[]>('SELECT engine FROM search_outbox');
    expect(outbox.map((r) => r.engine)).toEqual(['meilisearch']);
    await dataSource.query('DELETE FROM search_outbox');
  });

  it('leave nothing for the entities to change', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });

  it('treat accents and Arabic as letters (UTF-8 with Unicode character classes)', async () => {
    const [row] = await dataSource.query(
      `SELECT unaccent('Crèche Sint-Rémy') AS plain, similarity('الوساطة في الديون', 'الوساطة') > 0 AS arabic,
              show_trgm('café') AS trigrams, pg_encoding_to_char(encoding) AS encoding
       FROM pg_database WHERE datname = current_database()`,
    );
    expect(row.plain).toBe('Creche Sint-Remy');
    expect(row.arabic).toBe(true);
    // 'café' as one four-letter word has 5 trigrams; were 'é' a separator, 'caf' alone would give 4.
    expect(row.trigrams).toHaveLength(5);
    expect(row.encoding).toBe('UTF8');
  });

  it('revert to an empty database and apply again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    expect((await tables()).filter((t) => t !== 'typeorm_migrations')).toEqual([]);
    await dataSource.runMigrations();
    expect(await tables()).toContain('service');
  });
});
