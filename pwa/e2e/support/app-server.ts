// The real app for browser tests: the API and the built PWA in their own Node process (as
// `npm start` runs them, service worker included), over a fresh copy of the test database.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, freePort, fromRepoRoot, type TestDatabase } from '@sociale-kaart/api/testing';

export interface AppServer {
  url: string;
  /** The folder the PWA is served from. */
  pwaDir: string;
  db: TestDatabase;
  /** Everything the app process wrote so far (stdout and stderr): e.g. the links of logged mails. */
  output(): string;
  stop(): Promise<void>;
}

export const PWA_DIST = fromRepoRoot('pwa/dist');

export interface AppServerOptions {
  env?: Record<string, string>;
  /** Serve a private copy of the built PWA, so a test may change it (a new service worker). */
  copyPwa?: boolean;
}

export async function startAppServer({ env = {}, copyPwa = false }: AppServerOptions = {}): Promise<AppServer> {
  if (!existsSync(`${PWA_DIST}/index.html`)) {
    throw new Error('pwa/dist is missing: `npm test` builds the PWA first (npm run build --workspace pwa)');
  }
  const pwaDir = copyPwa ? await mkdtemp(join(tmpdir(), 'sk-pwa-')) : PWA_DIST;
  if (copyPwa) await cp(PWA_DIST, pwaDir, { recursive: true });
  const db = await createTestDatabase();
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', fromRepoRoot('api/src/dev-loader.mjs'), fromRepoRoot('api/src/main.ts')],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        // Not `production`: that needs SMTP_URL, and the flows read the mailed links from the log.
        // Production's one other difference, the Secure session cookie, is set by hand.
        NODE_ENV: 'development',
        SESSION_COOKIE_SECURE: 'true',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: db.url,
        // A database per test: nothing to gain from keeping its search index on disk.
        SEARCH_INDEX_DIR: '',
        PWA_DIST_DIR: pwaDir,
        SEED_DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        SEARCH_OUTBOX_INTERVAL_MS: '200',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the app did not answer within 90 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pwaDir,
    db,
    output: () => output,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await db.close();
      if (copyPwa) await rm(pwaDir, { recursive: true, force: true });
    },
  };
}
