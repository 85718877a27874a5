import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL search engine's index (docs/search.md): one row per published service with
 * weighted text vectors and filter columns, the document shown in a hit, its locations (for distance), its weekly opening
 * periods and closures (for `openAt`), and a lexicon of indexed words (for typo tolerance).
 * Derived data: `npm run reindex` rebuilds it from the listings.
 */
export class CreateSearchIndex1795465902928 implements MigrationInterface {
  name = 'CreateSearchIndex1795465902928';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS fuzzystrmatch');
    await queryRunner.query(`
      CREATE TABLE search_document (
        service_id uuid PRIMARY KEY,
        name_key text NOT NULL,
        life_domains text[] NOT NULL,
        target_groups text[] NOT NULL,
        languages text[] NOT NULL,
        access text[] NOT NULL,
        is_free boolean,
        serves_city boolean NOT NULL,
        serves_districts text[] NOT NULL,
        serves_wijken text[] NOT NULL,
        located_districts text[] NOT NULL,
        located_wijken text[] NOT NULL,
        opens_on_holidays boolean NOT NULL,
        follows_public_sector boolean NOT NULL,
        updated_at timestamptz NOT NULL,
        search_vector tsvector NOT NULL
      ) WITH (toast_tuple_target = 4096)`);
    // Rows stay inline and uncompressed up to 4 kB: every text query reads the vector of every
    // candidate, and decompressing TOASTed vectors dominated its cost. The hit payload lives apart.
    await queryRunner.query(`
      CREATE TABLE search_payload (
        service_id uuid PRIMARY KEY REFERENCES search_document (service_id) ON DELETE CASCADE,
        document jsonb NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX search_document_vector_idx ON search_document USING gin (search_vector)');
    await queryRunner.query('CREATE INDEX search_document_name_idx ON search_document (name_key, service_id)');
    await queryRunner.query('CREATE INDEX search_document_updated_idx ON search_document (updated_at DESC, service_id)');
    await queryRunner.query(`
      CREATE TABLE search_location (
        service_id uuid NOT NULL REFERENCES search_document (service_id) ON DELETE CASCADE,
        location_id uuid NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        district_id text,
        wijk_id text,
        PRIMARY KEY (service_id, location_id)
      )`);
    await queryRunner.query('CREATE INDEX search_location_earth_idx ON search_location USING gist (ll_to_earth(latitude, longitude))');
    await queryRunner.query(`
      CREATE TABLE search_period (
        service_id uuid NOT NULL REFERENCES search_document (service_id) ON DELETE CASCADE,
        day smallint NOT NULL,
        opens smallint NOT NULL,
        closes smallint NOT NULL,
        valid_from date,
        valid_to date
      )`);
    await queryRunner.query('CREATE INDEX search_period_service_idx ON search_period (service_id, day)');
    await queryRunner.query(`
      CREATE TABLE search_closure (
        service_id uuid NOT NULL REFERENCES search_document (service_id) ON DELETE CASCADE,
        from_date date NOT NULL,
        to_date date NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX search_closure_service_idx ON search_closure (service_id)');
    await queryRunner.query('CREATE TABLE search_lexicon (word text PRIMARY KEY)');
    await queryRunner.query('CREATE INDEX search_lexicon_trgm_idx ON search_lexicon USING gin (word gin_trgm_ops)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE search_lexicon');
    await queryRunner.query('DROP TABLE search_closure');
    await queryRunner.query('DROP TABLE search_period');
    await queryRunner.query('DROP TABLE search_location');
    await queryRunner.query('DROP TABLE search_payload');
    await queryRunner.query('DROP TABLE search_document');
    await queryRunner.query('DROP EXTENSION IF EXISTS fuzzystrmatch');
  }
}
