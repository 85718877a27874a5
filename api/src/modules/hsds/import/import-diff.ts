// Is an incoming record what we already store? Compared row by row, column by column, on the
// columns the import writes, plus: no stored child of its owners would disappear.
import type { Row } from '../hsds-graph.repository.js';
import { IMPORT_TABLES, type ImportTable, type RecordRows } from './hsds-mapper.js';
import { OWNER_COLUMNS } from './hsds-import.repository.js';

/** JSON with sorted keys: jsonb gives keys back in its own order. */
function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sameValue(column: string, incoming: unknown, stored: unknown): boolean {
  if (column === 'last_verified_at' && typeof incoming === 'string' && typeof stored === 'string') {
    return Date.parse(incoming) === Date.parse(stored);
  }
  if (typeof incoming !== 'object' || incoming === null) return (incoming ?? null) === (stored ?? null);
  return canonical(incoming) === canonical(stored);
}

/** The stored rows a batch touches, indexed once per batch: by id, and by each owner id. */
export class StoredRows {
  private readonly byId = new Map<ImportTable, Map<string, Row>>();
  private readonly byOwner = new Map<ImportTable, Map<string, Row[]>>();

  constructor(rows: Map<ImportTable, Row[]>) {
    for (const table of IMPORT_TABLES) {
      const list = rows.get(table) ?? [];
      this.byId.set(table, new Map(list.map((row) => [row.id, row])));
      const owners = new Map<string, Row[]>();
      for (const row of list) {
        for (const column of OWNER_COLUMNS[table] ?? []) {
          const owner = row[column] as string | null;
          if (owner) owners.set(owner, [...(owners.get(owner) ?? []), row]);
        }
      }
      this.byOwner.set(table, owners);
    }
  }

  has(table: ImportTable, id: string): boolean {
    return this.byId.get(table)!.has(id);
  }

  get(table: ImportTable, id: string): Row | undefined {
    return this.byId.get(table)!.get(id);
  }

  ownedBy(table: ImportTable, ownerId: string): Row[] {
    return this.byOwner.get(table)!.get(ownerId) ?? [];
  }
}

export function isUnchanged(record: RecordRows, stored: StoredRows): boolean {
  const ownerIds = [...record.owners.service, ...record.owners.organization, ...record.owners.location];
  for (const table of IMPORT_TABLES) {
    const incoming = record.rows[table];
    for (const row of incoming) {
      const current = stored.get(table, row.id);
      if (!current) return false;
      for (const [column, value] of Object.entries(row)) if (!sameValue(column, value, current[column])) return false;
    }
    const incomingIds = new Set(incoming.map((row) => row.id));
    const owned = ownerIds.flatMap((id) => stored.ownedBy(table, id));
    if (owned.some((row) => !incomingIds.has(row.id))) return false;
    // Stored SALs and contacts own phones and schedules as well.
    if (table === 'service_at_location' || table === 'contact') ownerIds.push(...owned.map((row) => row.id));
  }
  return true;
}
