// `npm start` as a person runs it: a real Node process (not Jest's module sandbox) that starts the
// embedded PostgreSQL, migrates, seeds, serves the API, the API docs and the PWA, stops cleanly
// on SIGTERM without leaving PostgreSQL behind, and reuses its data on the next start.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fromRepoRoot } from '../src/config/paths.js';
import { freePort } from './support/ports.js';

const dataRoot = fromRepoRoot('.data');
let workDir: string;
let env: NodeJS.ProcessEnv;
let baseUrl: string;

interface Running {
  child: ChildProcess;
  output: () => string;
  readyMs: number;
}

async function start(): Promise<Running> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', fromRepoRoot('api/src/dev-loader.mjs'), fromRepoRoot('api/src/main.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 90 s:\n${output}`)), 90_000);
    child.stdout.on('data', () => {
      if (output.includes('Sociale Kaart Antwerpen: http://')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
  return { child, output: () => output, readyMs: Date.now() - started };
}

/** SIGTERM, as a process manager sends it; resolves whether the process ended as terminated (0 or 128 + 15). */
async function stop({ child }: Running): Promise<boolean> {
  const exited = new Promise<boolean>((resolve) =>
    child.on('exit', (code, signal) => resolve(code === 0 || code === 143 || signal === 'SIGTERM')),
  );
  child.kill('SIGTERM');
  return exited;
}

async function postgresPid(): Promise<number | null> {
  const pidFile = join(workDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  return Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  await mkdir(dataRoot, { recursive: true });
  workDir = await mkdtemp(join(dataRoot, 'smoke-'));
  // As root, PostgreSQL runs as its own user, which must be able to enter the folder.
  await chmod(workDir, 0o755);
  const pwaDir = join(workDir, 'pwa');
  await mkdir(pwaDir);
  await writeFile(join(pwaDir, 'index.html'), '<!doctype html><title>Sociale Kaart test shell</title>');
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    // Production needs one; nothing here sends mail.
    SMTP_URL: 'smtp://127.0.0.1:25',
    PORT: String(port),
    EMBEDDED_PG_DATA_DIR: join(workDir, 'postgres'),
    EMBEDDED_PG_PORT: String(await freePort()),
    PWA_DIST_DIR: pwaDir,
  };
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('npm start', () => {
  let first: Running;

  it('starts the embedded PostgreSQL, migrates, seeds and serves', async () => {
    first = await start();
    expect(first.output()).toContain('initialised a new PostgreSQL cluster');
    expect(first.output()).toMatch(/loaded the demo data: \d+ organisations, \d+ services/);
    const health = await fetch(`${baseUrl}/api/health`);
    expect(health.status).toBe(200);
    const services = (await (await fetch(`${baseUrl}/api/v1/services?pageSize=1`)).json()) as { total: number };
    expect(services.total).toBeGreaterThanOrEqual(200);
  }, 120_000);

  it('serves the API docs, the PWA and its client-side routes, and problem+json under /api', async () => {
    const docs = await fetch(`${baseUrl}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
    for (const path of ['/', '/diensten/123']) {
      const page = await fetch(`${baseUrl}${path}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Sociale Kaart test shell');
    }
    expect((await fetch(`${baseUrl}/assets/missing-chunk.js`)).status).toBe(404);
    const missing = await fetch(`${baseUrl}/api/v1/nothing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('logs each request as a JSON line with its request id, and keeps /metrics private in production', async () => {
    const answer = await fetch(`${baseUrl}/api/health`);
    const requestId = answer.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    // Without METRICS_TOKEN, production serves no metrics at all.
    expect((await fetch(`${baseUrl}/metrics`)).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = first
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { requestId?: string; responseTime?: number; res?: { statusCode: number } });
    const completed = lines.find((line) => line.requestId === requestId && line.responseTime !== undefined);
    expect(completed?.res?.statusCode).toBe(200);
  });

  it('stops PostgreSQL with it on SIGTERM', async () => {
    const pid = await postgresPid();
    expect(pid && isAlive(pid)).toBe(true);
    expect(await stop(first)).toBe(true);
    expect(isAlive(pid!)).toBe(false);
    expect(await postgresPid()).toBeNull();
  }, 60_000);

  it('reuses the data on the next start', async () => {
    const second = await start();
    try {
      expect(second.output()).not.toContain('initialised a new PostgreSQL cluster');
      expect(second.output()).not.toContain('loaded the demo data');
      expect(second.output()).not.toContain('applied');
      expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);
    } finally {
      expect(await stop(second)).toBe(true);
    }
  }, 120_000);
});
