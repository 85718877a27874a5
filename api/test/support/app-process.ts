// The API in a Node process of its own (as `npm start` runs it, from the TypeScript sources), over
// a given database: for tests that kill it, run two of it, or take its database away.
import { type ChildProcess, spawn } from 'node:child_process';
import { fromRepoRoot } from '../../src/config/paths.js';
import { freePort } from './ports.js';

export interface AppProcess {
  url: string;
  pid: number;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** SIGKILL: no shutdown hook runs, open transactions are left to PostgreSQL. Resolves once it is gone. */
  kill(): Promise<void>;
  /** SIGTERM, as a process manager stops it. */
  stop(): Promise<void>;
}

/** Starts the API on `databaseUrl` and resolves once `/api/health` answers 200. */
export async function startAppProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', fromRepoRoot('api/src/dev-loader.mjs'), fromRepoRoot('api/src/main.ts')],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        SEARCH_INDEX_DIR: '',
        PWA_DIST_DIR: fromRepoRoot('.data/no-pwa'),
        SEED_DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        SEARCH_FOLLOW_INTERVAL_MS: '200',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the app exited (${child.exitCode ?? child.signalCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not answer within 240 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return { url, pid: child.pid!, output: () => output, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}
