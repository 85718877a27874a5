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
import { HsdsMapper, MappingError, PLACEHOLDER_ORGANIZATION, type RecordRows } from './hsds-mapper.js';
import type { HsdsImportRepository } from './hsds-import.repository.js';
import { TermIndex } from './term-index.js';

export const DEFAULT_IMPORT_BATCH_SIZE = 500;
/** The report lists the first rejections only; `rejected` counts them all. */
export const MAX_REPORTED_REJECTIONS = 100;
/** Records validated and mapped between two turns of the event loop. */
const YIELD_EVERY = 25;

/** One record that was not imported: which (its position from 1, and its id when it has one), where and why. */
export interface Rejection {
  record: number;
  id?: string;
  path: string;
  reason: string;
}

/** One record that was imported, with something a moderator should look at (e.g. it named no organization). */
export interface ImportWarning {
  record: number;
  id: string;
  path: string;
  message: string;
}

export interface ImportReport {
  importId: string;
  received: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: Rejection[];
  /** Records imported with warnings; `warnings` lists the first {@link MAX_REPORTED_REJECTIONS}. */
  warned: number;
  warnings: ImportWarning[];
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
      warned: 0,
      warnings: [],
      ms: 0,
    };
    const reject = (rejection: Rejection) => {
      report.rejected++;
      // A broken file can reject every one of its records: the count is whole, the list is not.
      if (report.rejections.length < MAX_REPORTED_REJECTIONS) report.rejections.push(rejection);
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
      // Validation and mapping are CPU work: let other requests in between (a batch is 500 records).
      if (position % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
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
    const { rejections: _rejections, warnings: _warnings, ...counts } = report;
    await this.repository.recordImport(report.importId, options.who, JSON.stringify({ ...counts, warnings: report.warned }));
    this.logger.log(
      `import ${report.importId} by ${options.who}: ${report.created} created, ${report.updated} updated, ` +
        `${report.unchanged} unchanged, ${report.rejected} rejected, ${report.warned} with warnings in ${report.ms} ms`,
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
    for (const pending of batch) if (pending.rows.placeholder) keepStoredOrganization(pending.rows, stored);
    const changed = batch.filter((p) => !isUnchanged(p.rows, stored));
    report.unchanged += batch.length - changed.length;
    const nothingToWrite = changed.length === 0 && index.mark().terms === 0 && index.mark().taxonomies === 0;
    const failures = nothingToWrite
      ? new Map<string, string>()
      : await this.repository.writeBatch(
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
    for (const pending of batch) {
      if (failures.has(pending.rows.serviceId) || pending.rows.warnings.length === 0) continue;
      report.warned++;
      for (const warning of pending.rows.warnings)
        if (report.warnings.length < MAX_REPORTED_REJECTIONS)
          report.warnings.push({ record: pending.position, id: pending.rows.serviceId, ...warning });
    }
    report.rejections.sort((a, b) => a.record - b.record);
    report.warnings.sort((a, b) => a.record - b.record);
  }
}

/**
 * A record without organization whose service a moderator has since given an organization keeps
 * that one: re-importing the same file does not move it back under the placeholder.
 */
function keepStoredOrganization(record: RecordRows, stored: StoredRows): void {
  const current = stored.get('service', record.serviceId)?.organization_id as string | undefined;
  if (!current || current === PLACEHOLDER_ORGANIZATION.id) return;
  for (const row of [...record.rows.service, ...record.rows.location])
    if (row.organization_id === PLACEHOLDER_ORGANIZATION.id) row.organization_id = current;
  record.placeholder = false;
  record.warnings = record.warnings.map((w) =>
    w.path === '$.organization_id' ? { ...w, message: 'names no organization: keeps the organization it was given since' } : w,
  );
}
