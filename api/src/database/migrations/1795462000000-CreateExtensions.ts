import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions the search and distance queries need; all ship with PostgreSQL's contrib. */
export class CreateExtensions1795462000000 implements MigrationInterface {
  name = 'CreateExtensions1795462000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS cube');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS earthdistance');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS earthdistance');
    await queryRunner.query('DROP EXTENSION IF EXISTS cube');
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
    await queryRunner.query('DROP EXTENSION IF EXISTS unaccent');
  }
}
