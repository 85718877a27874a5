// Generates a migration from the difference between the entities and a database migrated to the
// latest migration, as `typeorm migration:generate` does, on a throwaway embedded PostgreSQL.
//   npm run migration:generate --workspace api -- CreateSchema
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { fromRepoRoot } from '../config/paths.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { EmbeddedDatabase } from '../database/embedded-postgres.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z]+$/.test(name)) {
  console.error('usage: npm run migration:generate --workspace api -- <VerbNoun>, e.g. AddServiceSearchVector');
  process.exit(2);
}

const dataDir = await mkdtemp(join(tmpdir(), 'sk-migration-'));
// PostgreSQL runs as its own user when we are root: it must be able to enter the folder.
await chmod(dataDir, 0o755);
const db = await EmbeddedDatabase.start({ dataDir: join(dataDir, 'pg'), port: 54399, isThrowaway: true });
try {
  await db.ensureDatabase('generate');
  const dataSource = new DataSource(dataSourceOptions(db.url('generate')));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (upQueries.length === 0) {
    console.log('The entities match the migrations: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const line = (q: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(\`${q.query.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${upQueries.map(line).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${downQueries.reverse().map(line).join('\n')}
  }
}
`;
    const file = fromRepoRoot(`api/src/database/migrations/${timestamp}-${name}.ts`);
    await writeFile(file, source);
    console.log(`Wrote ${file}. Read it, then add ${className} to migrations/index.ts.`);
  }
} finally {
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}
