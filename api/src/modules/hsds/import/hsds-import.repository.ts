// All SQL of the HSDS import: what exists already (for the unchanged check), and the bulk write of
// a batch in one transaction — one statement per table, each record behind its own savepoint
// when the batch as a whole fails, so a bad record leaves nothing behind.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { enqueueSearchUpdate } from '../../../search/outbox/search-outbox.js';
import type { EngineName } from '../../../search/search-engine.js';
import type { Row } from '../hsds-graph.repository.js';
import { IMPORT_TABLES, PLACEHOLDER_ORGANIZATION, type ImportTable, type RecordRows } from './hsds-mapper.js';

/** Owner columns of each child table: the children a record replaces are found through them. */
export const OWNER_COLUMNS: Partial<Record<ImportTable, string[]>> = {
  service_at_location: ['service_id'],
  address: ['location_id'],
  contact: ['service_id', 'organization_id'],
  phone: ['service_id', 'organization_id', 'location_id', 'service_at_location_id', 'contact_id'],
  schedule: ['service_id', 'location_id', 'service_at_location_id'],
  language: ['service_id', 'location_id'],
  attribute: ['service_id', 'organization_id', 'location_id'],
  service_area: ['service_id'],
  cost_option: ['service_id'],
  required_document: ['service_id'],
};
const UPSERTED: ImportTable[] = ['organization', 'location', 'service'];

export interface OwnerIds {
  service: string[];
  organization: string[];
  location: string[];
  /** The stored service-at-locations and contacts of those owners: their phones and schedules go with them. */
  serviceAtLocation: string[];
  contact: string[];
}

const ownersOf = (records: RecordRows[]): Omit<OwnerIds, 'serviceAtLocation' | 'contact'> => ({
  service: records.flatMap((r) => r.owners.service),
  organization: records.flatMap((r) => r.owners.organization),
  location: records.flatMap((r) => r.owners.location),
});

/** Adds the stored service-at-locations and contacts of the owners (two indexed lookups, not a subquery per row). */
async function withDependents(manager: EntityManager, owners: Omit<OwnerIds, 'serviceAtLocation' | 'contact'>): Promise<OwnerIds> {
  const [sals, contacts] = await Promise.all([
    manager.query<{ id: string }[]>('SELECT id FROM service_at_location WHERE service_id = ANY($1::uuid[])', [owners.service]),
    manager.query<{ id: string }[]>('SELECT id FROM contact WHERE service_id = ANY($1::uuid[]) OR organization_id = ANY($2::uuid[])', [
      owners.service,
      owners.organization,
    ]),
  ]);
  return { ...owners, serviceAtLocation: sals.map((r) => r.id), contact: contacts.map((r) => r.id) };
}

/** The condition that selects the rows of `table` hanging from the owners, with its parameters from `first` on. */
function ownedBy(table: ImportTable, owners: OwnerIds, first = 1): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: string[]) => {
    params.push(value);
    return `$${first + params.length - 1}::uuid[]`;
  };
  const conditions: Record<string, () => string> = {
    service_id: () => `t.service_id = ANY(${param(owners.service)})`,
    organization_id: () => `t.organization_id = ANY(${param(owners.organization)})`,
    location_id: () => `t.location_id = ANY(${param(owners.location)})`,
    service_at_location_id: () => `t.service_at_location_id = ANY(${param(owners.serviceAtLocation)})`,
    contact_id: () => `t.contact_id = ANY(${param(owners.contact)})`,
  };
  const sql = (OWNER_COLUMNS[table] ?? []).map((c) => conditions[c]()).join(' OR ');
  return { sql, params };
}

const quote = (name: string) => `"${name}"`;

@Injectable()
export class HsdsImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadOrganizationIds(): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ id: string }[]>('SELECT id FROM organization');
    return new Set(rows.map((r) => r.id));
  }

  async loadTerms(): Promise<{ taxonomies: { id: string; code: string }[]; terms: { id: string; taxonomy: string; code: string }[] }> {
    const [taxonomies, terms] = await Promise.all([
      this.dataSource.query<{ id: string; code: string }[]>('SELECT id, code FROM taxonomy'),
      this.dataSource.query<{ id: string; taxonomy: string; code: string }[]>('SELECT id, taxonomy, code FROM taxonomy_term'),
    ]);
    return { taxonomies, terms };
  }

  /** The stored rows a batch touches: by id, and every child of the owners it replaces. */
  async loadExisting(records: RecordRows[]): Promise<Map<ImportTable, Row[]>> {
    const owners = await withDependents(this.dataSource.manager, ownersOf(records));
    const result = new Map<ImportTable, Row[]>();
    await Promise.all(
      IMPORT_TABLES.map(async (table) => {
        const ids = records.flatMap((r) => r.rows[table].map((row) => row.id));
        const owned = ownedBy(table, owners, 2);
        const rows = await this.dataSource.query<{ r: Row }[]>(
          `SELECT to_jsonb(t) AS r FROM ${quote(table)} t WHERE t.id = ANY($1::uuid[])${owned.sql ? ` OR ${owned.sql}` : ''}`,
          [ids, ...owned.params],
        );
        result.set(
          table,
          rows.map((x) => x.r),
        );
      }),
    );
    return result;
  }

  /**
   * Writes the records and new terms in one transaction, with the outbox rows of every service they
   * touch. Returns, per service id, why its record could not be written (nothing of it was).
   */
  async writeBatch(records: RecordRows[], terms: { taxonomies: Row[]; terms: Row[] }, engines: EngineName[]): Promise<Map<string, string>> {
    const failures = new Map<string, string>();
    await this.dataSource.transaction(async (manager) => {
      await this.insert(manager, 'taxonomy', terms.taxonomies, 'ON CONFLICT DO NOTHING');
      await this.insert(manager, 'taxonomy_term', terms.terms, 'ON CONFLICT DO NOTHING');
      // Services without an organization go under the placeholder, a draft (not public) until a moderator acts.
      if (records.some((r) => r.placeholder)) {
        await manager.query(
          `INSERT INTO organization (id, name, description, publication_state) VALUES ($1, $2, $3, 'draft') ON CONFLICT (id) DO NOTHING`,
          [PLACEHOLDER_ORGANIZATION.id, PLACEHOLDER_ORGANIZATION.name, PLACEHOLDER_ORGANIZATION.description],
        );
      }
      const written: RecordRows[] = [];
      try {
        await this.inSavepoint(manager, () => this.writeRecords(manager, records));
        written.push(...records);
      } catch {
        // Find the records that fail, one at a time; the others are written.
        for (const record of records) {
          try {
            await this.inSavepoint(manager, () => this.writeRecords(manager, [record]));
            written.push(record);
          } catch (error) {
            failures.set(record.serviceId, describeDatabaseError(error));
          }
        }
      }
      if (written.length === 0) return;
      const owners = ownersOf(written);
      const affected = await manager.query<{ id: string }[]>(
        `SELECT s.id FROM service s WHERE s.organization_id = ANY($1::uuid[])
         UNION SELECT x.service_id FROM service_at_location x WHERE x.location_id = ANY($2::uuid[])`,
        [owners.organization, owners.location],
      );
      await enqueueSearchUpdate(manager, [...owners.service, ...affected.map((a) => a.id)], engines);
    });
    return failures;
  }

  /** Records one import in the metadata table (HSDS `metadata`: who, when, what). */
  async recordImport(importId: string, who: string, summary: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO metadata (resource_id, resource_type, last_action_type, field_name, previous_value, replacement_value, updated_by)
       VALUES ($1, 'import', 'import', 'hsds', '', $2, $3)`,
      [importId, summary, who],
    );
  }

  private async inSavepoint(manager: EntityManager, run: () => Promise<void>): Promise<void> {
    await manager.query('SAVEPOINT hsds_record');
    try {
      await run();
      await manager.query('RELEASE SAVEPOINT hsds_record');
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT hsds_record');
      throw error;
    }
  }

  private async writeRecords(manager: EntityManager, records: RecordRows[]): Promise<void> {
    const owners = await withDependents(manager, ownersOf(records));
    // Children first (SALs take their phones and schedules with them, contacts their phones).
    for (const table of [...IMPORT_TABLES].reverse()) {
      const owned = ownedBy(table, owners);
      if (!owned.sql) continue;
      await manager.query(`DELETE FROM ${quote(table)} t WHERE ${owned.sql}`, owned.params);
    }
    for (const table of IMPORT_TABLES) {
      let rows = records.flatMap((r) => r.rows[table]);
      if (UPSERTED.includes(table)) {
        // One statement cannot upsert a row twice: a location shared by two records is written once.
        rows = [...new Map(rows.map((row) => [row.id, row])).values()];
        const states = table === 'service' ? new Map(records.map((r) => [r.serviceId, r.newState])) : new Map<string, string>();
        await this.upsert(manager, table, rows, states);
      } else {
        // A shared location's children come with every record that names it: the same row (id and
        // owner) is written once; the same id under another owner is a conflict.
        const owners = OWNER_COLUMNS[table] ?? [];
        rows = [...new Map(rows.map((row) => [[row.id, ...owners.map((c) => (row[c] as string | null) ?? '')].join('|'), row])).values()];
        await this.insert(manager, table, rows, '');
      }
    }
  }

  /** `states`: the publication state of each new service by id (default published). */
  private async upsert(manager: EntityManager, table: ImportTable, rows: Row[], states: Map<string, string>): Promise<void> {
    if (rows.length === 0) return;
    const columns = columnsOf(rows);
    const set = columns.filter((c) => c !== 'id').map((c) => `${quote(c)} = EXCLUDED.${quote(c)}`);
    // New listings are published unless the record says otherwise; an update keeps the
    // publication state an editor gave it (not in `set`).
    const isListing = table !== 'location';
    const insertColumns = isListing ? [...columns, 'publication_state'] : columns;
    const values = isListing ? rows.map((row) => ({ ...row, publication_state: states.get(row.id) ?? 'published' })) : rows;
    await manager.query(
      `INSERT INTO ${quote(table)} (${insertColumns.map(quote).join(', ')})
       SELECT ${insertColumns.map(quote).join(', ')} FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb)
       ON CONFLICT (id) DO UPDATE SET ${set.join(', ')}, updated_at = now(), version = ${quote(table)}.version + 1`,
      [JSON.stringify(values)],
    );
  }

  private async insert(manager: EntityManager, table: string, rows: Row[], onConflict: string): Promise<void> {
    if (rows.length === 0) return;
    const columns = columnsOf(rows).map(quote).join(', ');
    await manager.query(
      `INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb) ${onConflict}`,
      [JSON.stringify(rows)],
    );
  }
}

function columnsOf(rows: Row[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  return [...columns];
}

/** A database refusal in words a data provider can act on, without internals beyond the rule's name. */
function describeDatabaseError(error: unknown): string {
  const e = error as { code?: string; constraint?: string; detail?: string; message?: string };
  switch (e.code) {
    case '23505':
      return `an id of this record is already used by another record (${e.detail ?? e.constraint ?? 'unique'})`;
    case '23503':
      return `it refers to something that does not exist (${e.detail ?? e.constraint ?? 'foreign key'})`;
    case '23502':
    case '23514':
    case '22P02':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
      return `a value is not allowed: ${e.message ?? e.code}`;
    default:
      return 'the database refused it';
  }
}
