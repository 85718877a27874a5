import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateSearchIndex1795465902928 } from './1795465902928-CreateSearchIndex.js';

/**
 * Retires the PostgreSQL full-text search engine (issue #12): its derived tables (search_document,
 * search_payload, search_location, search_period, search_closure, search_lexicon), the
 * fuzzystrmatch extension only its typo lexicon used (unaccent, pg_trgm and earthdistance stay: the
 * HSDS read API and the organisation list use them), and outbox rows addressed to it, which no
 * worker would ever take. Search runs on the memory engine (and Meilisearch); PostgreSQL stays the
 * source of truth. Down recreates the tables empty: they were derived, and nothing fills them now.
 */
export class DropPostgresSearchIndex1796630000000 implements MigrationInterface {
  name = 'DropPostgresSearchIndex1796630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM search_outbox WHERE engine = 'postgres'`);
    await queryRunner.query('DROP TABLE search_lexicon, search_closure, search_period, search_location, search_payload, search_document');
    await queryRunner.query('DROP EXTENSION IF EXISTS fuzzystrmatch');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await new CreateSearchIndex1795465902928().up(queryRunner);
  }
}
