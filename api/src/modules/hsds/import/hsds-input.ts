// The three shapes an import arrives in — a JSON array (or one object), NDJSON, or the tabular
// package (a zip of CSV files with datapackage.json) — as one stream of records.
import { unzipSync } from 'fflate';
import { ValidationProblem } from '../../../common/problem/domain-exception.js';
import type { HsdsObject } from '../hsds-serializer.js';
import type { InputRecord } from './hsds-import.service.js';
import { tablesToServices } from './hsds-tabular.js';

export type ImportFormat = 'json' | 'ndjson' | 'zip';

export function fromJson(value: unknown): InputRecord[] {
  if (Array.isArray(value)) return value.map((v: unknown) => ({ value: v }));
  // A paginated HSDS response (`contents`), a `{ "services": [...] }` wrapper (as in HSDS's
  // field guidance) or a single service object are accepted as well.
  for (const key of ['contents', 'services']) {
    const list = (value as HsdsObject | null)?.[key];
    if (Array.isArray(list)) return (list as unknown[]).map((v) => ({ value: v }));
  }
  if (typeof value === 'object' && value !== null) return [{ value }];
  throw new ValidationProblem([{ name: 'body', in: 'body', reason: 'must be a JSON array of HSDS service objects' }]);
}

export function* fromNdjson(text: string): Generator<InputRecord> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    try {
      yield { value: JSON.parse(line) as unknown };
    } catch {
      yield { error: { record: 0, path: `line ${i + 1}`, reason: 'is not valid JSON' } };
    }
  }
}

/** A tabular package has one CSV per HSDS table (about 25) and its datapackage.json. */
export const ZIP_MAX_ENTRIES = 100;
/** What the package's files may add up to, unpacked: a 2 MB zip must not unpack into gigabytes. */
export const ZIP_MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

const isPackageFile = (path: string) => /\.csv$/i.test(path) || path.split('/').pop() === 'datapackage.json';

/**
 * The CSV files of a tabular package, by file name (without folders). Only CSV files and
 * datapackage.json are unpacked, and only when the zip's directory promises no more than
 * {@link ZIP_MAX_ENTRIES} of them and {@link ZIP_MAX_UNPACKED_BYTES} in all.
 */
export function unzipPackage(zip: Uint8Array): Map<string, string> {
  let entries: Record<string, Uint8Array>;
  let count = 0;
  let unpacked = 0;
  const tooBig = (reason: string) => new ValidationProblem([{ name: 'body', in: 'body', reason }]);
  try {
    entries = unzipSync(zip, {
      filter: (file) => {
        if (!isPackageFile(file.name)) return false;
        count++;
        unpacked += file.originalSize;
        if (count > ZIP_MAX_ENTRIES) throw tooBig(`holds more than ${ZIP_MAX_ENTRIES} CSV files`);
        if (unpacked > ZIP_MAX_UNPACKED_BYTES) throw tooBig(`unpacks to more than ${ZIP_MAX_UNPACKED_BYTES / 1024 / 1024} MiB`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ValidationProblem) throw error;
    throw new ValidationProblem([{ name: 'body', in: 'body', reason: 'is not a readable zip file' }]);
  }
  const actual = Object.values(entries).reduce((sum, data) => sum + data.length, 0);
  if (actual > ZIP_MAX_UNPACKED_BYTES) throw tooBig(`unpacks to more than ${ZIP_MAX_UNPACKED_BYTES / 1024 / 1024} MiB`);
  const files = new Map<string, string>();
  const decoder = new TextDecoder();
  for (const [path, data] of Object.entries(entries)) {
    const name = path.split('/').pop()!;
    if (name.endsWith('.csv') || name === 'datapackage.json') files.set(name, decoder.decode(data));
  }
  if (!files.has('datapackage.json')) {
    throw new ValidationProblem([{ name: 'body', in: 'body', reason: 'the zip holds no datapackage.json (an HSDS tabular package)' }]);
  }
  return files;
}

export function fromTabular(files: Map<string, string>): InputRecord[] {
  return tablesToServices(files).map((value) => ({ value }));
}

/** Parses a request body or a file's bytes in the given format. */
export function parseImport(format: ImportFormat, body: unknown): Iterable<InputRecord> {
  switch (format) {
    case 'json':
      return fromJson(typeof body === 'string' || body instanceof Uint8Array ? parseJsonText(body) : body);
    case 'ndjson':
      return fromNdjson(typeof body === 'string' ? body : new TextDecoder().decode(body as Uint8Array));
    case 'zip':
      return fromTabular(unzipPackage(body as Uint8Array));
  }
}

function parseJsonText(body: Uint8Array | string): unknown {
  try {
    return JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
  } catch (error) {
    throw new ValidationProblem([{ name: 'body', in: 'body', reason: `is not valid JSON: ${(error as Error).message}` }]);
  }
}
