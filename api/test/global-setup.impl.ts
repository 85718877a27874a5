// Starts one embedded PostgreSQL for the whole test run and prepares a template database
// (migrated, reference and demo data loaded). Each test file clones the template (CREATE DATABASE
// … TEMPLATE), so files run in parallel without seeing each other's writes.
import { rm } from 'node:fs/promises';
import { loadConfig } from '../src/config/app-config.js';
import { fromRepoRoot } from '../src/config/paths.js';
import { EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { openDatabase } from '../src/database/open-database.js';
import { TEMPLATE_DATABASE, TEST_CLUSTER_ENV } from './support/test-database.js';

declare global {
  var testCluster: EmbeddedDatabase | undefined;
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const dataDir = fromRepoRoot(process.env.TEST_PG_DATA_DIR ?? '.data/test-postgres');
  const port = Number(process.env.TEST_PG_PORT ?? 54330);
  // A fresh cluster each run: tests must not depend on what an earlier run left behind.
  await rm(dataDir, { recursive: true, force: true });
  const cluster = await EmbeddedDatabase.start({ dataDir, port, isThrowaway: true });
  globalThis.testCluster = cluster;
  await cluster.ensureDatabase(TEMPLATE_DATABASE);
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: cluster.url(TEMPLATE_DATABASE) });
  const db = await openDatabase(config, { seedDemo: true });
  await db.close();
  process.env[TEST_CLUSTER_ENV] = JSON.stringify({ port, url: cluster.url('postgres') });
  process.stdout.write(`\ntest database ready in ${Date.now() - started} ms (embedded PostgreSQL on port ${port})\n`);
}
