import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed of the offline snapshot (docs/offline.md): one row per changed service per
 * write, appended by `enqueueSearchUpdate` in the writer's transaction. `tx` is that transaction's
 * id: readers return a row only once every transaction with a lower id has ended, so a slow writer
 * can never commit a row behind a cursor a client already holds. No foreign key: the row of a
 * deleted service must stay, it is how clients learn of the deletion.
 */
export class CreateServiceChange1796104507734 implements MigrationInterface {
  name = 'CreateServiceChange1796104507734';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE service_change (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        service_id uuid NOT NULL,
        tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Feed position order: readers page by (tx, seq) and find the newest position below the horizon.
    await queryRunner.query('CREATE INDEX service_change_position_idx ON service_change (tx, seq)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE service_change');
  }
}
