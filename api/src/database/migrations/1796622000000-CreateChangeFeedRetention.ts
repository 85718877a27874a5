import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The newest change-feed position that retention has deleted. A phone whose cursor is older may
 * have missed a deleted change, so the feed answers it 410 "download the snapshot again".
 */
export class CreateChangeFeedRetention1796622000000 implements MigrationInterface {
  name = 'CreateChangeFeedRetention1796622000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE change_feed_retention (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        pruned_tx xid8 NOT NULL,
        pruned_seq bigint NOT NULL,
        pruned_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX service_change_changed_at_idx ON service_change (changed_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX service_change_changed_at_idx');
    await queryRunner.query('DROP TABLE change_feed_retention');
  }
}
