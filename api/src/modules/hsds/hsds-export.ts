// The full export: every published service as HSDS objects, and the tabular package built from them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { HsdsGraphRepository } from './hsds-graph.repository.js';
import { HsdsReadRepository } from './hsds-read.repository.js';
import { type HsdsObject, HsdsSerializer } from './hsds-serializer.js';
import { type DataPackage, servicesToTables, tablesAsJson, writePackage } from './import/hsds-tabular.js';

/** Services loaded per round trip. */
const CHUNK = 500;

export async function* exportServices(
  dataSource: DataSource,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<HsdsObject> {
  const ids = await new HsdsReadRepository(dataSource).findAllServiceIds();
  const graphs = new HsdsGraphRepository(dataSource);
  for (let i = 0; i < ids.length; i += CHUNK) {
    yield* new HsdsSerializer(await graphs.load(ids.slice(i, i + CHUNK))).services();
    onProgress?.(Math.min(i + CHUNK, ids.length), ids.length);
  }
}

/** The package's files (path → text) and its tables as JSON, for validation against `compiled/tabular.json`. */
export async function buildTabularPackage(
  services: Iterable<HsdsObject>,
  dataDir: string,
): Promise<{ files: Map<string, string>; tables: Record<string, HsdsObject[]> }> {
  const datapackage = JSON.parse(await readFile(join(dataDir, 'hsds', 'examples', 'csv', 'datapackage.json'), 'utf8')) as DataPackage;
  const tables = servicesToTables(services);
  return { files: writePackage(tables, datapackage), tables: tablesAsJson(tables) };
}
