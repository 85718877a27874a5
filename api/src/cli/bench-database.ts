// The benchmarks' database (bench-search.ts, bench-snapshot.ts, pwa/bench/run-bench.ts): an embedded
// PostgreSQL of the benchmark's own (its data dir and port), filled with N synthetic services unless
// it already holds exactly N, so a second run reuses the first one's data. bench-import.ts is not
// one of them: it deletes its database on every run.
import cliProgress from 'cli-progress';
import { type AppConfig, loadConfig } from '../config/app-config.js';
import { openDatabase, type OpenDatabase } from '../database/open-database.js';
import { generateSyntheticServices } from '../database/seeds/synthetic/synthetic-generator.js';

export interface BenchDatabaseOptions {
  /** Data directory of the embedded PostgreSQL, relative to the repository root. */
  dataDir: string;
  port: number;
  /** How many synthetic services it should hold. */
  services: number;
  /** VACUUM ANALYZE on every run, not only after generating (bench-search). */
  analyzeEveryRun?: boolean;
  /**
   * Let process.env override the configuration (EMBEDDED_PG_*, DATA_DIR, LOG_LEVEL, …). Never
   * DATABASE_URL: a benchmark empties its database (TRUNCATE below), so it only ever gets its own
   * embedded one.
   */
  readEnvironment?: boolean;
  /** Told whether the data is generated or reused; silent without. */
  log?: (message: string) => void;
  /** Called as soon as PostgreSQL runs, before filling: for a Ctrl-C handler that stops it. */
  onOpen?: (database: BenchDatabase) => void;
}

export interface BenchDatabase extends OpenDatabase {
  config: AppConfig;
}

/** Opens the benchmark's PostgreSQL and fills it; on failure it stops PostgreSQL again. close() may be called twice. */
export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const { services, log = () => undefined } = options;
  const { DATA_DIR, DATABASE_URL: _ignored, ...others } = process.env;
  const environment = { ...(options.readEnvironment ? others : {}), ...(DATA_DIR ? { DATA_DIR } : {}) };
  const config = loadConfig({
    EMBEDDED_PG_DATA_DIR: options.dataDir,
    EMBEDDED_PG_PORT: String(options.port),
    ...environment,
    SEED_DEMO_DATA: 'false',
    MEILI_URL: '',
  });
  const opened = await openDatabase(config, {
    seedDemo: false,
    log: (m) => !m.startsWith('postgres:') && console.log(m),
  });
  let closing: Promise<void> | undefined;
  const database: BenchDatabase = { ...opened, config, close: () => (closing ??= opened.close()) };
  options.onOpen?.(database);
  try {
    const { dataSource } = database;
    const [{ n: existing }] = await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM service');
    const isGenerating = existing !== services;
    if (isGenerating) {
      log(`generating ${services.toLocaleString('en')} synthetic services (the database held ${existing.toLocaleString('en')})`);
      await dataSource.query('TRUNCATE organization CASCADE');
      const bar = progressBar('generating');
      bar.start(services, 0);
      await generateSyntheticServices(dataSource, {
        services,
        locator: database.locator,
        dataDir: config.dataDir,
        onProgress: (n) => bar.update(n),
      });
      bar.stop();
    } else {
      log(`reusing ${options.dataDir}: ${existing.toLocaleString('en')} services`);
    }
    if (isGenerating || options.analyzeEveryRun) await dataSource.query('VACUUM ANALYZE');
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

function progressBar(label: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { format: `${label.padEnd(11)} [{bar}] {value}/{total} | {eta_formatted} left`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
}
