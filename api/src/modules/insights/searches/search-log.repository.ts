import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** One search as stored: filters, counts and normalised text; nothing about who searched. */
export interface StoredSearch {
  day: string;
  source: 'online' | 'offline';
  engine: string;
  lifeDomains: string[];
  targetGroups: string[];
  languages: string[];
  districts: string[];
  wijken: string[];
  isFree: boolean;
  isWalkIn: boolean;
  text: string | null;
  resultCount: number;
}

export interface DayAggregate extends Omit<StoredSearch, 'text' | 'resultCount'> {
  filterKey: string;
  hasText: boolean;
  searches: number;
  zeroResults: number;
  lowResults: number;
}

export interface TextAggregate {
  day: string;
  text: string;
  searches: number;
  zeroResults: number;
  lowResults: number;
  /** Keyed hashes of (session, day, text) under today's salt; each new one is one more session. */
  marks: string[];
}

const RECORDS = `json_to_recordset($1::json) AS x(
  day date, source text, engine text, "lifeDomains" text[], "targetGroups" text[], languages text[], districts text[], wijken text[],
  "isFree" boolean, "isWalkIn" boolean`;

/** Search analytics tables (migration CreateInsights): raw searches, daily aggregates, the day's salt and session marks. */
@Injectable()
export class SearchLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Today's salt, made by whichever process asks first; every process reads the same one. */
  async saltOf(day: string, candidate: Buffer): Promise<Buffer> {
    await this.db.query('INSERT INTO insight_search_salt (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING', [day, candidate]);
    const [row] = await this.db.query<{ salt: Buffer }[]>('SELECT salt FROM insight_search_salt WHERE day = $1', [day]);
    return row.salt;
  }

  /** Writes one batch in one transaction: raw rows, the day aggregates, new session marks and the text aggregates. */
  async save(searches: StoredSearch[], days: DayAggregate[], texts: TextAggregate[], today: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO insight_search_event (day, source, engine, life_domains, target_groups, languages, districts, wijken, is_free, is_walk_in, text, result_count)
         SELECT day, source, engine, "lifeDomains", "targetGroups", languages, districts, wijken, "isFree", "isWalkIn", text, "resultCount"
         FROM ${RECORDS}, text text, "resultCount" int)`,
        [JSON.stringify(searches)],
      );
      await manager.query(
        `INSERT INTO insight_search_day (day, source, engine, filter_key, life_domains, target_groups, languages, districts, wijken, is_free, is_walk_in,
                                 has_text, searches, zero_results, low_results)
         SELECT day, source, engine, "filterKey", "lifeDomains", "targetGroups", languages, districts, wijken, "isFree", "isWalkIn",
                "hasText", searches, "zeroResults", "lowResults"
         FROM ${RECORDS}, "filterKey" text, "hasText" boolean, searches int, "zeroResults" int, "lowResults" int)
         ON CONFLICT (day, source, engine, filter_key) DO UPDATE SET
           searches = insight_search_day.searches + EXCLUDED.searches,
           zero_results = insight_search_day.zero_results + EXCLUDED.zero_results,
           low_results = insight_search_day.low_results + EXCLUDED.low_results`,
        [JSON.stringify(days)],
      );
      for (const text of texts) await this.saveText(manager, text, today);
    });
  }

  private async saveText(manager: EntityManager, text: TextAggregate, today: string): Promise<void> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO insight_search_session_mark (day, mark) SELECT $1, decode(m, 'hex') FROM unnest($2::text[]) m
       ON CONFLICT DO NOTHING RETURNING 1`,
      [today, text.marks],
    );
    await manager.query(
      `INSERT INTO insight_search_text_day (day, text, sessions, searches, zero_results, low_results) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (day, text) DO UPDATE SET
         sessions = insight_search_text_day.sessions + EXCLUDED.sessions,
         searches = insight_search_text_day.searches + EXCLUDED.searches,
         zero_results = insight_search_text_day.zero_results + EXCLUDED.zero_results,
         low_results = insight_search_text_day.low_results + EXCLUDED.low_results`,
      [text.day, text.text, inserted.length, text.searches, text.zeroResults, text.lowResults],
    );
  }
}
