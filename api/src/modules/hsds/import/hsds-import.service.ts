// The rules of an HSDS import: validate each record against the official schemas, map it, skip
// what is unchanged, write the rest in batches (a transaction each), and report every outcome.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Logger } from '@nestjs/common';
import type { EngineName } from '../../../search/search-engine.js';
import type { PlaceLocator } from '../../places/place-locator.js';
import type { HsdsSchemas } from '../hsds-schemas.js';
import type { HsdsObject } from '../hsds-serializer.js';
import { isUnchanged, StoredRows } from './import-diff.js';
import { HsdsMapper, MappingError, type RecordRows } from './hsds-mapper.js';
import type { HsdsImportRepository } from './hsds-import.repository.js';
import { TermIndex } from './term-index.js';

export const DEFAULT_IMPORT_BATCH_SIZE = 500;

/** One record that was not imported: which (its position from 1, and its id when it has one), where and why. */
export interface Rejection {
  record: number;
  id?: string;
  path: string;
  reason: string;
}

export interface ImportReport {
  importId: string;
  received: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: Rejection[];
  ms: number;
}

/** A record of the input: the parsed object, or why it could not be read at all (a bad NDJSON line). */
export type InputRecord = { value: unknown } | { error: Rejection };

export interface ImportOptions {
  /** Who imports, for the metadata record: `import-token`, `cli`. */
  who: string;
  batchSize?: number;
  onProgress?: (done: number) => void;
}

interface Pending {
  position: number;
  rows: RecordRows;
}

export class HsdsImportService {
  private readonly logger = new Logger('HsdsImport');

  constructor(
    private readonly repository: HsdsImportRepository,
    private readonly schemas: HsdsSchemas,
    private readonly locator: PlaceLocator,
    private readonly engines: EngineName[],
  ) {}

  async import(input: Iterable<InputRecord> | AsyncIterable<InputRecord>, options: ImportOptions): Promise<ImportReport> {
    const started = performance.now();
    const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH_SIZE;
    const { taxonomies, terms } = await this.repository.loadTerms();
    const index = new TermIndex(taxonomies, terms);
    const mapper = new HsdsMapper(this.locator, index, await this.repository.loadOrganizationIds());
    const report: ImportReport = {
      importId: randomUUID(),
      received: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      rejections: [],
      ms: 0,
    };
    const reject = (rejection: Rejection) => {
      report.rejected++;
      report.rejections.push(rejection);
    };
    let batch: Pending[] = [];
    const seen = new Set<string>();
    const flush = async () => {
      if (batch.length > 0) await this.writeBatch(batch, index, report, reject);
      batch = [];
      options.onProgress?.(report.received);
    };
    for await (const item of input) {
      const position = ++report.received;
      if ('error' in item) {
        reject({ ...item.error, record: position });
        continue;
      }
      const mapped = this.prepare(item.value, position, mapper, index, reject);
      if (!mapped) continue;
      if (seen.has(mapped.serviceId)) {
        reject({ record: position, id: mapped.serviceId, path: '$.id', reason: 'the same service appears twice in this import' });
        continue;
      }
      seen.add(mapped.serviceId);
      batch.push({ position, rows: mapped });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    report.ms = Math.round(performance.now() - started);
    const { rejections: _rejections, ...counts } = report;
    await this.repository.recordImport(report.importId, options.who, JSON.stringify(counts));
    this.logger.log(
      `import ${report.importId} by ${options.who}: ${report.created} created, ${report.updated} updated, ` +
        `${report.unchanged} unchanged, ${report.rejected} rejected in ${report.ms} ms`,
    );
    return report;
  }

  /** Validation against the official schema, then mapping; undefined when the record is rejected. */
  private prepare(
    value: unknown,
    position: number,
    mapper: HsdsMapper,
    index: TermIndex,
    reject: (r: Rejection) => void,
  ): RecordRows | undefined {
    const id = typeof (value as HsdsObject | null)?.id === 'string' ? ((value as HsdsObject).id as string) : undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      reject({ record: position, path: '$', reason: 'must be an HSDS service object' });
      return undefined;
    }
    const violations = this.schemas.validate('service', value);
    if (violations.length > 0) {
      const [first] = violations;
      const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : '';
      reject({ record: position, id, path: first.path, reason: `${first.reason}${more}` });
      return undefined;
    }
    const mark = index.mark();
    try {
      return mapper.map(value as HsdsObject);
    } catch (error) {
      index.rollback(mark);
      if (!(error instanceof MappingError)) throw error;
      reject({ record: position, id, path: error.path, reason: error.message });
      return undefined;
    }
  }

  private async writeBatch(batch: Pending[], index: TermIndex, report: ImportReport, reject: (r: Rejection) => void): Promise<void> {
    const stored = new StoredRows(await this.repository.loadExisting(batch.map((p) => p.rows)));
    const changed = batch.filter((p) => !isUnchanged(p.rows, stored));
    report.unchanged += batch.length - changed.length;
    if (changed.length === 0 && index.mark().terms === 0 && index.mark().taxonomies === 0) return;
    const failures = await this.repository.writeBatch(
      changed.map((p) => p.rows),
      index.takeNew(),
      this.engines,
    );
    for (const pending of changed) {
      const failure = failures.get(pending.rows.serviceId);
      if (failure) reject({ record: pending.position, id: pending.rows.serviceId, path: '$', reason: failure });
      else if (stored.has('service', pending.rows.serviceId)) report.updated++;
      else report.created++;
    }
    report.rejections.sort((a, b) => a.record - b.record);
  }
}
