// `npm run fuzz [-- --requests 10000 --seed 1 --minutes 20 --concurrency 4]`: the long fuzz run.
// Starts a throwaway PostgreSQL (deleted afterwards) with the demo data, the app on a loopback port,
// fuzzes it from the committed OpenAPI document and prints the report. Exits 1 on any 5xx,
// schema violation, undocumented status or unanswered request; slow answers are listed.
import 'reflect-metadata';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config/app-config.js';
import { fromRepoRoot } from '../../src/config/paths.js';
import { createApp } from '../../src/create-app.js';
import { EmbeddedDatabase } from '../../src/database/embedded-postgres.js';
import { openDatabase } from '../../src/database/open-database.js';
import { OPENAPI_FILE } from '../../src/openapi.js';
import { freePort } from '../support/ports.js';
import { prepareFuzz } from './fuzz-setup.js';
import { formatReport, type OpenApiDocument, runFuzz } from './openapi-fuzzer.js';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    minutes: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '4' },
  },
});
const requests = Number(values.requests);

const dataDir = await mkdtemp(join(fromRepoRoot('.data'), 'fuzz-'));
const cluster = await EmbeddedDatabase.start({ dataDir, port: await freePort(), isThrowaway: true });
let exitCode: number;
try {
  await cluster.ensureDatabase('fuzz');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: cluster.url('fuzz'), SEARCH_OUTBOX_INTERVAL_MS: '200' });
  const database = await openDatabase(config, { seedDemo: true });
  const app = await createApp(config, database, { serveStaticFiles: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  try {
    const document = JSON.parse(await readFile(fromRepoRoot(OPENAPI_FILE), 'utf8')) as OpenApiDocument;
    const setup = await prepareFuzz(database.dataSource, baseUrl, Math.ceil(requests / 66 / 3) + 2);
    process.stdout.write(`fuzzing ${baseUrl} (PostgreSQL in ${dataDir}, deleted afterwards)\n`);
    const report = await runFuzz({
      ...setup,
      baseUrl,
      document,
      requests,
      seed: Number(values.seed),
      timeLimitMs: Number(values.minutes) * 60_000,
      concurrency: Number(values.concurrency),
      onProgress: (done) => {
        if (done % 1000 === 0) process.stdout.write(`  ${done} requests\n`);
      },
    });
    process.stdout.write(`${formatReport(report)}\n`);
    exitCode = report.findings.some((f) => f.kind !== 'hang' || f.status === 0) ? 1 : 0;
  } finally {
    await app.close();
  }
} finally {
  await cluster.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
