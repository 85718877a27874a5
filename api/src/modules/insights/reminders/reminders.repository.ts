import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface ReminderRecord {
  organizationId: string;
  week: string;
  sentBy: string;
  sentTo: string;
  staleListings: number;
}

/** Organisations' addresses and the reminders sent (`freshness_reminder`, one per organisation and week), with their audit rows. */
@Injectable()
export class RemindersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findEmails(organizationIds: string[]): Promise<Map<string, string | null>> {
    const rows = await this.db.query<{ id: string; email: string | null }[]>(
      `SELECT id, nullif(trim(email), '') AS email FROM organization WHERE id = ANY($1::uuid[])`,
      [organizationIds],
    );
    return new Map(rows.map((r) => [r.id, r.email]));
  }

  async findSent(week: string): Promise<Map<string, Date>> {
    const rows = await this.db.query<{ organization_id: string; sent_at: Date }[]>(
      'SELECT organization_id, sent_at FROM freshness_reminder WHERE week = $1',
      [week],
    );
    return new Map(rows.map((r) => [r.organization_id, r.sent_at]));
  }

  /**
   * Records the reminder and its audit row, then runs `send` in the same transaction: a mail that
   * fails leaves nothing recorded (so it can be sent again), and of two moderators sending at once
   * only one gets the row. Returns false when this week's reminder was already recorded.
   */
  async recordAndSend(record: ReminderRecord, send: () => Promise<void>): Promise<boolean> {
    return this.db.transaction(async (manager: EntityManager) => {
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO freshness_reminder (organization_id, week, sent_by, sent_to, stale_listings) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organization_id, week) DO NOTHING RETURNING 1`,
        [record.organizationId, record.week, record.sentBy, record.sentTo, record.staleListings],
      );
      if (inserted.length === 0) return false;
      await manager.query(
        `INSERT INTO metadata (resource_id, resource_type, last_action_type, field_name, previous_value, replacement_value, updated_by)
         VALUES ($1, 'organization', 'remind', 'freshness_reminder', '', $2, $3)`,
        [record.organizationId, `${record.week}: ${record.staleListings} stale listings, to ${record.sentTo}`, record.sentBy],
      );
      await send();
      return true;
    });
  }
}
