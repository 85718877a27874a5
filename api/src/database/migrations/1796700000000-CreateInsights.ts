import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Insights (docs/insights.md). Search analytics without anything that identifies a person: raw
 * searches (kept 30 days) and their daily aggregates hold filters, counts and normalised text
 * only; distinct sessions per text and day are counted through keyed hashes under a salt that
 * exists for one day (`insight_search_salt`, `insight_search_session_mark`, both deleted once the day is over).
 * Freshness keeps one row per week, district and life domain; reminders are sent once per
 * organisation and week.
 */
export class CreateInsights1796700000000 implements MigrationInterface {
  name = 'CreateInsights1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE insight_search_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        day date NOT NULL,
        source text NOT NULL CHECK (source IN ('online', 'offline')),
        engine text NOT NULL,
        life_domains text[] NOT NULL DEFAULT '{}',
        target_groups text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        districts text[] NOT NULL DEFAULT '{}',
        wijken text[] NOT NULL DEFAULT '{}',
        is_free boolean NOT NULL DEFAULT false,
        is_walk_in boolean NOT NULL DEFAULT false,
        text text,
        result_count integer NOT NULL CHECK (result_count >= 0)
      )`);
    await queryRunner.query('CREATE INDEX insight_search_event_day_idx ON insight_search_event (day)');
    await queryRunner.query(`
      CREATE TABLE insight_search_day (
        day date NOT NULL,
        source text NOT NULL,
        engine text NOT NULL,
        filter_key text NOT NULL,
        life_domains text[] NOT NULL DEFAULT '{}',
        target_groups text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        districts text[] NOT NULL DEFAULT '{}',
        wijken text[] NOT NULL DEFAULT '{}',
        is_free boolean NOT NULL DEFAULT false,
        is_walk_in boolean NOT NULL DEFAULT false,
        has_text boolean NOT NULL DEFAULT false,
        searches integer NOT NULL DEFAULT 0,
        zero_results integer NOT NULL DEFAULT 0,
        low_results integer NOT NULL DEFAULT 0,
        PRIMARY KEY (day, source, engine, filter_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE insight_search_text_day (
        day date NOT NULL,
        text text NOT NULL,
        sessions integer NOT NULL DEFAULT 0,
        searches integer NOT NULL DEFAULT 0,
        zero_results integer NOT NULL DEFAULT 0,
        low_results integer NOT NULL DEFAULT 0,
        PRIMARY KEY (day, text)
      )`);
    await queryRunner.query('CREATE INDEX insight_search_text_day_text_idx ON insight_search_text_day (text)');
    await queryRunner.query(`CREATE TABLE insight_search_salt (day date PRIMARY KEY, salt bytea NOT NULL)`);
    await queryRunner.query(`CREATE TABLE insight_search_session_mark (day date NOT NULL, mark bytea NOT NULL, PRIMARY KEY (day, mark))`);
    // Offline-search uploads per client (an HMAC of the address under the day's salt), kept an hour for the rate limit.
    await queryRunner.query(`
      CREATE TABLE insight_search_upload_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        client text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX insight_search_upload_attempt_client_idx ON insight_search_upload_attempt (client, created_at)');
    await queryRunner.query(`
      CREATE TABLE freshness_week (
        week date NOT NULL,
        district_id text NOT NULL,
        life_domain text NOT NULL,
        listings integer NOT NULL,
        verified integer NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (week, district_id, life_domain)
      )`);
    await queryRunner.query(`
      CREATE TABLE freshness_reminder (
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        week date NOT NULL,
        sent_by uuid NOT NULL,
        sent_to text NOT NULL,
        stale_listings integer NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, week)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'freshness_reminder',
      'freshness_week',
      'insight_search_upload_attempt',
      'insight_search_session_mark',
      'insight_search_salt',
      'insight_search_text_day',
      'insight_search_day',
      'insight_search_event',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
