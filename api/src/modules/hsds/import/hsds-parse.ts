// Reads an import's NDJSON or zip body in a worker thread (hsds-parse.worker.ts): unzipping and
// parsing a large package takes seconds of CPU that would otherwise stop every other request,
// `/api/health` included. The worker's heap is capped, so a body that unpacks into more than it
// may hold ends the worker (a 413), not the API. The records come back a chunk at a time, each
// asked for when the previous one is used, so the API thread deserialises a little per turn.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  DomainException,
  type InvalidParam,
  ProblemCode,
  TooLargeProblem,
  ValidationProblem,
} from '../../../common/problem/domain-exception.js';
import type { ImportFormat } from './hsds-input.js';
import type { InputRecord } from './hsds-import.service.js';

/** The worker's heap; the body itself (at most 64 MiB) is outside it. */
export const PARSE_WORKER_HEAP_MB = 768;
const CHUNK_RECORDS = 200;

export interface ParseJob {
  format: ImportFormat;
  body: Uint8Array;
  maxRecords: number;
  chunkSize: number;
}

export type ParseMessage =
  | { kind: 'total'; total: number }
  | { kind: 'records'; records: InputRecord[] }
  | { kind: 'end' }
  | { kind: 'too-many' }
  | { kind: 'problem'; code: ProblemCode; errors: InvalidParam[] };

const tooMany = (maxRecords: number) =>
  new TooLargeProblem([{ name: 'body', in: 'body', reason: `holds more than ${maxRecords} records: split it into several imports` }]);

/** Under the TypeScript sources (tests, `dev-loader.mjs`) the worker needs the same loader; a build runs plain JavaScript. */
function workerFile(): { url: URL; execArgv?: string[] } {
  const extension = extname(fileURLToPath(import.meta.url));
  const url = new URL(`./hsds-parse.worker${extension}`, import.meta.url);
  if (extension !== '.ts') return { url };
  return { url, execArgv: ['--import', fileURLToPath(new URL('../../../dev-loader.mjs', import.meta.url))] };
}

/**
 * The records of an NDJSON or zip body, parsed off the event loop: resolves once the worker has
 * counted them (a 400 or 413 problem before any record is handed out), then yields them in order.
 */
export function parseInWorker(format: 'ndjson' | 'zip', body: Uint8Array, maxRecords: number): Promise<AsyncIterable<InputRecord>> {
  const { url, execArgv } = workerFile();
  const copy = new Uint8Array(body);
  const job: ParseJob = { format, body: copy, maxRecords, chunkSize: CHUNK_RECORDS };
  const worker = new Worker(url, {
    workerData: job,
    transferList: [copy.buffer],
    execArgv,
    resourceLimits: { maxOldGenerationSizeMb: PARSE_WORKER_HEAP_MB },
  });
  const chunks: InputRecord[][] = [];
  let isDone = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };

  async function* records(): AsyncGenerator<InputRecord> {
    try {
      for (;;) {
        const chunk = chunks.shift();
        if (chunk) yield* chunk;
        else if (failure) throw failure;
        else if (isDone) return;
        else {
          const arrived = new Promise<void>((resolve) => (wake = resolve));
          worker.postMessage('next');
          await arrived;
        }
      }
    } finally {
      void worker.terminate();
    }
  }

  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      failure ??= error;
      reject(failure);
      notify();
      void worker.terminate();
    };
    worker.on('message', (message: ParseMessage) => {
      switch (message.kind) {
        case 'total':
          resolve(records());
          break;
        case 'records':
          chunks.push(message.records);
          break;
        case 'end':
          isDone = true;
          break;
        case 'too-many':
          return fail(tooMany(maxRecords));
        case 'problem':
          return fail(
            message.code === ProblemCode.TooLarge
              ? new TooLargeProblem(message.errors)
              : new DomainException(message.code, describe(message.errors), message.errors),
          );
      }
      notify();
    });
    worker.on('error', (error: Error & { code?: string }) =>
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new TooLargeProblem([{ name: 'body', in: 'body', reason: 'unpacks into more than the import can hold at once' }])
          : error,
      ),
    );
    worker.on('exit', (code) => {
      if (!isDone) fail(failure ?? new Error(`The import's parse worker stopped (exit code ${code}).`));
    });
  });
}

const describe = (errors: InvalidParam[]) => new ValidationProblem(errors).message;
