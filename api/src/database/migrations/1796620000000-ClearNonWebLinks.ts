import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (data, not schema): links that are no http(s) URL (`javascript:`, `data:`) were
 * accepted by the HSDS import before it checked them; they are removed, as the import now refuses them.
 */
export class ClearNonWebLinks1796620000000 implements MigrationInterface {
  name = 'ClearNonWebLinks1796620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const links: [string, string][] = [
      ['service', 'url'],
      ['organization', 'website'],
      ['organization', 'logo'],
      ['location', 'url'],
      ['schedule', 'schedule_link'],
    ];
    for (const [table, column] of links) {
      await queryRunner.query(`UPDATE "${table}" SET "${column}" = NULL WHERE "${column}" !~* '^https?://[^\\s/?#]+'`);
    }
  }

  async down(): Promise<void> {
    // What was removed is gone; nothing to restore.
  }
}
