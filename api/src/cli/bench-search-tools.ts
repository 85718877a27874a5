// Measuring helpers of `npm run bench:search` (bench-search.ts, bench-search-meili.ts): latency
// percentiles and rate over a query list, the API in a child process, its memory, the load.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fromRepoRoot } from '../config/paths.js';

export interface Measurement {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  /** Latency of each item, in the order of the items. */
  latencies: number[];
}

export function percentiles(values: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs every item once, spread over `clients` concurrent loops; latency per item and overall rate. */
export async function measure<T>(items: T[], clients: number, run: (item: T) => Promise<unknown>): Promise<Measurement> {
  const latencies: number[] = new Array<number>(items.length);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) {
        const index = next++;
        const t = performance.now();
        await run(items[index]);
        latencies[index] = performance.now() - t;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...percentiles(latencies), rps: items.length / seconds, latencies };
}

export async function fetchOk(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`.padStart(10);
export const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(1)} s`;
export const header = (label: string): string => `${label.padEnd(30)}${['p50', 'p95', 'p99', 'req/s'].map((h) => h.padStart(10)).join('')}`;
export const line = (label: string, r: Measurement): string =>
  `${label.padEnd(30)}${ms(r.p50)}${ms(r.p95)}${ms(r.p99)}${r.rps.toFixed(0).padStart(10)}`;

/** The 1, 5 and 15 minute load averages: timings on a shared machine mean little without them. */
export const loadAverage = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Bearer token of the child API's /metrics, for its heap figures. */
const METRICS_TOKEN = 'bench-search-metrics-token';

export interface Api {
  child: ChildProcess;
  port: number;
  base: string;
  /** Milliseconds from spawn to /api/health saying `ok`. */
  readyMs: number;
  /** CPU time the process used until then (user + system), in milliseconds: less at the mercy of the load than `readyMs`. */
  readyCpuMs: number | null;
  stop(): Promise<void>;
}

/** The API as deployed (api/dist, production), in its own process on the benchmark database, once /api/health says ok. */
export async function startApi(databaseUrl: string, env: Record<string, string>, track: (child: ChildProcess) => void): Promise<Api> {
  const port = await freePort();
  const started = performance.now();
  // BENCH_API_NODE_ARGS='--cpu-prof --cpu-prof-dir=…' profiles the API process (NODE_OPTIONS may not carry --cpu-prof).
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, fromRepoRoot('api/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEARCH_WORKER: 'false',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      MEILI_URL: '',
      METRICS_TOKEN,
      // Production needs one; the benchmark sends no mail.
      SMTP_URL: 'smtp://127.0.0.1:25',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  track(child);
  await waitUntilReady(port, child);
  const readyMs = performance.now() - started;
  const readyCpuMs = cpuMs(child);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return { child, port, base: `http://127.0.0.1:${port}/api/v1/search?`, readyMs, readyCpuMs, stop };
}

/** User + system CPU time of a child process so far (Linux /proc, clock ticks of 10 ms), in milliseconds. */
function cpuMs(child: ChildProcess): number | null {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** A wall time with the CPU time spent in it: on a loaded machine the two differ by the waiting. */
export const timed = (wallMs: number, cpu: number | null): string => `${seconds(wallMs)}${cpu === null ? '' : ` (CPU ${seconds(cpu)})`}`;

/** Until /api/health says `ok`: listening, and the primary engine answers (the memory index is built). */
async function waitUntilReady(port: number, child: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 600_000; waited += 50) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok && ((await response.json()) as { status: string }).status === 'ok') return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill();
  throw new Error('the API was not ready within 10 minutes');
}

export interface ServerMemory {
  heapMb: number | null;
  rssMb: number | null;
}

/** The child API's V8 heap in use (its Prometheus metrics) and resident memory (Linux /proc). */
export async function serverMemory(api: Api): Promise<ServerMemory> {
  let heapMb: number | null;
  try {
    const text = await (
      await fetch(`http://127.0.0.1:${api.port}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    const bytes = /^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text)?.[1];
    heapMb = bytes ? Number(bytes) / 2 ** 20 : null;
  } catch {
    heapMb = null;
  }
  let rssMb: number | null;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.child.pid}/status`, 'utf8'))?.[1];
    rssMb = kb ? Number(kb) / 1024 : null;
  } catch {
    rssMb = null;
  }
  return { heapMb, rssMb };
}

export const mb = (value: number | null): string => (value === null ? '?' : `${value.toFixed(0)} MB`);
