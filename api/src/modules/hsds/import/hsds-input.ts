// The three shapes an import arrives in — a JSON array (or one object), NDJSON, or the tabular
// package (a zip of CSV files with datapackage.json) — as one stream of records.
import { Unzip, UnzipInflate } from 'fflate';
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

/**
 * NDJSON line by line, decoding one line at a time: the body is never split into one array of
 * lines or decoded into one string as a whole.
 */
export function* fromNdjson(body: Uint8Array | string): Generator<InputRecord> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const decoder = new TextDecoder();
  let line = 0;
  for (let start = 0; start < bytes.length;) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    line++;
    const text = decoder.decode(bytes.subarray(start, end)).trim();
    start = end + 1;
    if (text === '') continue;
    try {
      yield { value: JSON.parse(text) as unknown };
    } catch {
      yield { error: { record: 0, path: `line ${line}`, reason: 'is not valid JSON' } };
    }
  }
}

/** A tabular package has one CSV per HSDS table (about 25) and its datapackage.json. */
export const ZIP_MAX_ENTRIES = 100;
/** What the package's files may add up to, unpacked: a 2 MB zip must not unpack into gigabytes. */
export const ZIP_MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/**
 * The zip is fed to the inflater this many bytes at a time: deflate expands at most ~1,032 times,
 * so no step unpacks more than ~16 MiB before the byte cap is checked again.
 */
const ZIP_STEP_BYTES = 16 * 1024;

const isPackageFile = (name: string) => /\.csv$/i.test(name) || name === 'datapackage.json';
const bodyProblem = (reason: string) => new ValidationProblem([{ name: 'body', in: 'body', reason }]);

/**
 * The files of a tabular package, by file name (without folders), unpacked as a stream (fflate's
 * `Unzip`): at most {@link ZIP_MAX_ENTRIES} entries, CSV files and datapackage.json only (folders
 * aside), and at most {@link ZIP_MAX_UNPACKED_BYTES} as the headers declare and as actually
 * unpacked, whatever the headers claim. The first breach stops the unpacking.
 */
export function unzipPackage(zip: Uint8Array): Map<string, string> {
  const chunks = new Map<string, Uint8Array[]>();
  let entries = 0;
  let unpacked = 0;
  let declared = 0;
  const tooBig = () => bodyProblem(`unpacks to more than ${ZIP_MAX_UNPACKED_BYTES / 1024 / 1024} MiB`);
  let failure: ValidationProblem | undefined;
  const fail = (problem: ValidationProblem) => {
    failure ??= problem;
    throw failure;
  };
  const unzip = new Unzip((file) => {
    if (failure) return;
    if (++entries > ZIP_MAX_ENTRIES) fail(bodyProblem(`holds more than ${ZIP_MAX_ENTRIES} files`));
    if (file.name.endsWith('/')) return;
    const name = file.name.split('/').pop()!;
    // What the headers promise (absent when sizes follow the data): refused without inflating.
    declared += file.originalSize ?? 0;
    if (declared > ZIP_MAX_UNPACKED_BYTES) fail(tooBig());
    if (!isPackageFile(name)) fail(bodyProblem(`holds ${JSON.stringify(file.name)}: a package holds CSV files and datapackage.json only`));
    const parts: Uint8Array[] = [];
    chunks.set(name, parts);
    file.ondata = (error, data) => {
      if (failure) return;
      if (error) fail(bodyProblem('is not a readable zip file'));
      unpacked += data.length;
      if (unpacked > ZIP_MAX_UNPACKED_BYTES) fail(tooBig());
      parts.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < zip.length && !failure; offset += ZIP_STEP_BYTES) {
      unzip.push(zip.subarray(offset, offset + ZIP_STEP_BYTES), offset + ZIP_STEP_BYTES >= zip.length);
    }
  } catch (error) {
    throw failure ?? bodyProblem(`is not a readable zip file${error instanceof Error ? ` (${error.message})` : ''}`);
  }
  if (failure) throw failure;
  if (entries === 0) throw bodyProblem('is not a readable zip file');
  const files = new Map<string, string>();
  const decoder = new TextDecoder();
  for (const [name, parts] of chunks) files.set(name, decoder.decode(Buffer.concat(parts)));
  if (!files.has('datapackage.json')) throw bodyProblem('the zip holds no datapackage.json (an HSDS tabular package)');
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
      return fromNdjson(body as Uint8Array | string);
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
