import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface Counted {
  searches: number;
  zeroResults: number;
  lowResults: number;
}

export interface WeekRow extends Counted {
  /** The grouping value: a code, a filter key, a text; '' for all. */
  key: string;
  week: string;
}

export interface FilterRow extends Counted {
  filterKey: string;
  lifeDomains: string[];
  targetGroups: string[];
  languages: string[];
  districts: string[];
  wijken: string[];
  isFree: boolean;
  isWalkIn: boolean;
  hasText: boolean;
}

export interface TextRow extends Counted {
  text: string;
  sessions: number;
}

/** Narrows the aggregates to searches for these life domains (or their sub-domains) and districts. */
export interface SearchScope {
  since: string;
  lifeDomains: string[];
  districts: string[];
}

const WEEK = `to_char(date_trunc('week', day), 'YYYY-MM-DD')`;
const SUMS = 'sum(searches)::int AS searches, sum(zero_results)::int AS "zeroResults", sum(low_results)::int AS "lowResults"';
// Every row of one filter key has the same filters, so min() just picks them (array_agg cannot stack empty arrays).
const SCOPE = `day >= $1
  AND (cardinality($2::text[]) = 0 OR EXISTS (SELECT 1 FROM unnest(life_domains) ld, unnest($2::text[]) w WHERE ld = w OR ld LIKE w || '/%'))
  AND (cardinality($3::text[]) = 0 OR districts && $3::text[])`;

/** Reads the search aggregates (`insight_search_day`, `insight_search_text_day`) for the analytics. */
@Injectable()
export class SearchesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private params(scope: SearchScope): unknown[] {
    return [scope.since, scope.lifeDomains, scope.districts];
  }

  /** Per week, and per week and each value of `unnest` (`life_domains`, `districts`) or `filter_key`. */
  async findWeekly(scope: SearchScope, by: 'all' | 'life_domains' | 'districts' | 'filter_key', keys?: string[]): Promise<WeekRow[]> {
    const key = by === 'all' ? `''` : by === 'filter_key' ? 'filter_key' : 'code';
    const from = by === 'life_domains' || by === 'districts' ? `insight_search_day, unnest(${by}) code` : 'insight_search_day';
    const only = keys ? `AND ${key} = ANY($4::text[])` : '';
    return this.db.query<WeekRow[]>(
      `SELECT ${key} AS key, ${WEEK} AS week, ${SUMS} FROM ${from} WHERE ${SCOPE} ${only} GROUP BY 1, 2 ORDER BY 2, 1`,
      keys ? [...this.params(scope), keys] : this.params(scope),
    );
  }

  /** The filter combinations with most zero-result (or low-result) searches. */
  async findTopFilters(scope: SearchScope, order: 'zero_results' | 'low_results', limit: number): Promise<FilterRow[]> {
    const column = order === 'zero_results' ? 'zero_results' : 'low_results';
    return this.db.query<FilterRow[]>(
      `SELECT filter_key AS "filterKey", min(life_domains) AS "lifeDomains", min(target_groups) AS "targetGroups",
              min(languages) AS languages, min(districts) AS districts, min(wijken) AS wijken,
              bool_or(is_free) AS "isFree", bool_or(is_walk_in) AS "isWalkIn", bool_or(has_text) AS "hasText", ${SUMS}
       FROM insight_search_day WHERE ${SCOPE} GROUP BY filter_key HAVING sum(${column}) > 0
       ORDER BY sum(${column}) DESC, sum(searches) DESC, filter_key LIMIT $4`,
      [...this.params(scope), limit],
    );
  }

  /** Texts searched by at least `minSessions` sessions since `since`, most zero-result first. */
  async findTexts(since: string, minSessions: number, limit: number): Promise<TextRow[]> {
    return this.db.query<TextRow[]>(
      `SELECT text, sum(sessions)::int AS sessions, ${SUMS} FROM insight_search_text_day WHERE day >= $1
       GROUP BY text HAVING sum(sessions) >= $2
       ORDER BY sum(zero_results) DESC, sum(low_results) DESC, sum(searches) DESC, text LIMIT $3`,
      [since, minSessions, limit],
    );
  }

  async findTextWeeks(since: string, texts: string[]): Promise<WeekRow[]> {
    if (texts.length === 0) return [];
    return this.db.query<WeekRow[]>(
      `SELECT text AS key, ${WEEK} AS week, ${SUMS} FROM insight_search_text_day WHERE day >= $1 AND text = ANY($2::text[]) GROUP BY 1, 2 ORDER BY 2, 1`,
      [since, texts],
    );
  }
}
