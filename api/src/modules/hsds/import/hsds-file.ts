// Reads an HSDS import from disk, in any shape `npm run hsds:import` takes: a JSON array, NDJSON
// (.ndjson, .jsonl), a tabular package (.zip) or a folder holding datapackage.json and the CSV files.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fromTabular, parseImport, type ImportFormat } from './hsds-input.js';
import type { InputRecord } from './hsds-import.service.js';

export async function readHsdsFile(path: string): Promise<InputRecord[]> {
  if ((await stat(path)).isDirectory()) {
    const files = new Map<string, string>();
    for (const name of await readdir(path))
      if (name.endsWith('.csv') || name === 'datapackage.json') files.set(name, await readFile(join(path, name), 'utf8'));
    return fromTabular(files);
  }
  const extension = extname(path).toLowerCase();
  const format: ImportFormat = extension === '.zip' ? 'zip' : extension === '.ndjson' || extension === '.jsonl' ? 'ndjson' : 'json';
  return [...parseImport(format, new Uint8Array(await readFile(path)))];
}
