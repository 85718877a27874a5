// Throwaway PostgreSQL clusters made with this machine's PostgreSQL binaries (initdb + postgres),
// for tests that need the client tools of the same major version (pg_dump, pg_restore, psql): the
// embedded PostgreSQL of the npm package ships none. Each cluster lives in a temporary folder and
// listens on its own loopback port (never the machine's own service), with trust authentication
// for loopback: it exists for one test file and is removed after it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresTools {
  binDir: string;
  /** The major version of the server binary, e.g. 15. */
  major: number;
}

const TOOLS = ['initdb', 'postgres', 'pg_dump', 'pg_restore', 'psql'];

const majorOf = (binary: string): number => Number(/\s(\d+)[.\d]*/.exec(execFileSync(binary, ['--version'], { encoding: 'utf8' }))?.[1]);

/**
 * The PostgreSQL binaries to use: `PG_BIN_DIR` when set, else the newest `/usr/lib/postgresql/<n>/bin`
 * (Debian's layout), else the folder `pg_config --bindir` names. A reason instead when there are
 * none, or when pg_dump there is not of the server's major version.
 */
export function findPostgresTools(): PostgresTools | { reason: string } {
  let binDir = process.env.PG_BIN_DIR;
  if (!binDir) {
    const debian = existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
          .find((dir) => existsSync(join(dir, 'initdb')))
      : undefined;
    binDir = debian;
    if (!binDir) {
      try {
        binDir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
      } catch {
        return { reason: 'no PostgreSQL binaries: set PG_BIN_DIR to a folder with initdb, postgres, pg_dump, pg_restore and psql' };
      }
    }
  }
  const missing = TOOLS.filter((tool) => !existsSync(join(binDir, tool)));
  if (missing.length > 0) return { reason: `${binDir} has no ${missing.join(', ')} (set PG_BIN_DIR)` };
  const major = majorOf(join(binDir, 'postgres'));
  const dumpMajor = majorOf(join(binDir, 'pg_dump'));
  if (!Number.isInteger(major) || major !== dumpMajor) {
    return { reason: `pg_dump in ${binDir} is version ${dumpMajor}, the server there ${major}: no pg_dump matching the server` };
  }
  if (process.getuid?.() === 0) {
    try {
      execFileSync('id', ['-u', 'postgres']);
    } catch {
      return { reason: 'running as root, and there is no `postgres` system user to run PostgreSQL as (it refuses to run as root)' };
    }
  }
  return { binDir, major };
}

/** PostgreSQL refuses to run as root: as root, run its binaries as the `postgres` system user. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

export class LocalCluster {
  private constructor(
    readonly tools: PostgresTools,
    readonly port: number,
    private readonly folder: string,
    private server: ChildProcess | undefined,
    private log: () => string,
  ) {}

  /** A new cluster (initdb) in a temporary folder, started on `port` (127.0.0.1 only). */
  static async create(tools: PostgresTools, port: number): Promise<LocalCluster> {
    const folder = mkdtempSync(join(tmpdir(), 'sk-pg-'));
    const user = runAs();
    if (user.uid !== undefined) chownSync(folder, user.uid, user.gid!);
    execFileSync(
      join(tools.binDir, 'initdb'),
      ['-D', join(folder, 'data'), '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C'],
      { ...user, stdio: 'pipe' },
    );
    const cluster = new LocalCluster(tools, port, folder, undefined, () => '');
    await cluster.start();
    return cluster;
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${encodeURIComponent(database)}`;
  }

  async query<T = Record<string, unknown>>(database: string, sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Starts the server and resolves once it accepts connections. */
  async start(): Promise<void> {
    const server = spawn(
      join(this.tools.binDir, 'postgres'),
      [
        ...['-D', join(this.folder, 'data'), '-p', String(this.port)],
        ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
        // A throwaway cluster: speed over crash safety.
        ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ],
      { ...runAs(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    this.server = server;
    this.log = () => output;
    for (const started = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 100))) {
      if (server.exitCode !== null) throw new Error(`PostgreSQL ${this.tools.major} exited on port ${this.port}:\n${output}`);
      try {
        await this.query('postgres', 'SELECT 1');
        return;
      } catch (error) {
        if (Date.now() - started > 60_000)
          throw new Error(`PostgreSQL did not accept connections within 60 s:\n${output}`, { cause: error });
      }
    }
  }

  /** Fast shutdown (SIGINT); resolves once the server has exited. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    server.kill('SIGINT');
    await exited;
  }

  /** Stops the server and deletes the cluster's folder. */
  async remove(): Promise<void> {
    await this.stop();
    await rm(this.folder, { recursive: true, force: true });
  }

  /** What the server has logged, for failure messages. */
  output(): string {
    return this.log();
  }
}
