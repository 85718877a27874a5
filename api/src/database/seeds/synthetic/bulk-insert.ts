// Inserts a batch of synthetic rows with one statement per table: each column travels as one array
// parameter and `unnest` turns the arrays back into rows. That is as fast as a multi-row VALUES
// list, parses once, and never comes near PostgreSQL's limit of 65,535 bind parameters.
import type { DataSource, EntityManager } from 'typeorm';
import { SYNTHETIC_TABLES, type SyntheticBatch, type SyntheticTable } from './synthetic-tables.js';

interface PreparedTable {
  name: SyntheticTable;
  table: string;
  properties: readonly string[];
  sql: string;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export class BatchInserter {
  private constructor(private readonly tables: PreparedTable[]) {}

  /**
   * Column names come from the entity metadata (the naming strategy's snake_case), column types
   * from the database itself, so the casts stay right for enums, `char(n)` and `numeric(p,s)`.
   */
  static async prepare(dataSource: DataSource): Promise<BatchInserter> {
    const tables: PreparedTable[] = [];
    for (const [name, spec] of Object.entries(SYNTHETIC_TABLES) as [SyntheticTable, (typeof SYNTHETIC_TABLES)[SyntheticTable]][]) {
      const metadata = dataSource.getMetadata(spec.entity);
      const rows: { name: string; type: string }[] = await dataSource.query(
        `SELECT attname AS name, format_type(atttypid, atttypmod) AS type
           FROM pg_attribute WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped`,
        [metadata.tablePath],
      );
      const types = new Map(rows.map((row) => [row.name, row.type]));
      const columns = spec.properties.map((property) => {
        const column = metadata.findColumnWithPropertyName(property);
        const type = column && types.get(column.databaseName);
        if (!column || !type) throw new Error(`No column for ${metadata.tableName}.${property} in the database`);
        return { name: column.databaseName, type };
      });
      tables.push({
        name,
        table: metadata.tableName,
        properties: spec.properties,
        sql:
          `INSERT INTO ${quote(metadata.tableName)} (${columns.map((c) => quote(c.name)).join(', ')}) ` +
          `SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')})`,
      });
    }
    return new BatchInserter(tables);
  }

  /** Inserts every table of the batch, parents first, in one transaction. */
  async insert(dataSource: DataSource, batch: SyntheticBatch): Promise<void> {
    await dataSource.transaction(async (manager) => {
      for (const table of this.tables) await this.insertTable(manager, table, batch[table.name]);
    });
  }

  /** Refreshes the planner statistics: after a bulk load they describe nearly empty tables. */
  async analyze(dataSource: DataSource): Promise<void> {
    await dataSource.query(`ANALYZE ${this.tables.map((t) => quote(t.table)).join(', ')}`);
  }

  private async insertTable(manager: EntityManager, table: PreparedTable, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = table.properties.map(() => new Array<unknown>(rows.length));
    rows.forEach((row, r) => {
      const values = row as Record<string, unknown>;
      table.properties.forEach((property, c) => {
        columns[c][r] = values[property] ?? null;
      });
    });
    await manager.query(table.sql, columns);
  }
}
