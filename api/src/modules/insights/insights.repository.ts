import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TAXONOMY } from '../../database/seeds/reference-seed.js';
import type { AreaLevel, Places } from './coverage.js';

export interface Category {
  code: string;
  /** Dutch name. */
  label: string;
  parent: string | null;
}

export interface Categories {
  lifeDomain: Category[];
  targetGroup: Category[];
  language: Category[];
}

/** Searches per life-domain code (as searched) and area, in a window of days. */
export interface DemandRow {
  lifeDomain: string;
  /** District or wijk id; null: searches naming no place. */
  area: string | null;
  searches: number;
  zeroResults: number;
}

export interface FreshnessWeekRow {
  week: string;
  /** '' for the whole city. */
  districtId: string;
  /** '' for every life domain. */
  lifeDomain: string;
  listings: number;
  verified: number;
}

/** Reference data, search demand and the weekly freshness record that the insight figures read. */
@Injectable()
export class InsightsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findPlaces(): Promise<Places> {
    const [districts, wijken] = await Promise.all([
      this.db.query<{ id: string; name: string }[]>('SELECT id, name FROM district ORDER BY name, id'),
      this.db.query<{ id: string; name: string; district_id: string }[]>('SELECT id, name, district_id FROM wijk ORDER BY name, id'),
    ]);
    return {
      districts: districts.map((d) => ({ id: d.id, name: d.name, districtId: d.id })),
      wijken: wijken.map((w) => ({ id: w.id, name: w.name, districtId: w.district_id })),
    };
  }

  async findCategories(): Promise<Categories> {
    const [terms, languages] = await Promise.all([
      this.db.query<{ code: string; name: string; taxonomy: string; parent: string | null }[]>(
        `SELECT t.code, t.name, t.taxonomy, p.code AS parent FROM taxonomy_term t LEFT JOIN taxonomy_term p ON p.id = t.parent_id
         WHERE t.taxonomy = ANY($1) ORDER BY t.code`,
        [[TAXONOMY.lifeDomain, TAXONOMY.targetGroup]],
      ),
      this.db.query<{ code: string; label: string }[]>(
        `SELECT code, coalesce(name->>'nl', native, code) AS label FROM reference_language ORDER BY code`,
      ),
    ]);
    const of = (taxonomy: string) =>
      terms.filter((t) => t.taxonomy === taxonomy).map((t) => ({ code: t.code, label: t.name, parent: t.parent }));
    return {
      lifeDomain: of(TAXONOMY.lifeDomain),
      targetGroup: of(TAXONOMY.targetGroup),
      language: languages.map((l) => ({ code: l.code, label: l.label, parent: null })),
    };
  }

  /**
   * Searches since `since` (a date) per searched life-domain code and place of `level`. A wijk also
   * gets the searches that named its district without naming a wijk.
   */
  async findDemand(since: string, level: AreaLevel): Promise<DemandRow[]> {
    const placed =
      level === 'district'
        ? `SELECT ld, d AS area, sd.searches, sd.zero_results FROM insight_search_day sd, unnest(sd.life_domains) ld, unnest(sd.districts) d WHERE sd.day >= $1`
        : `SELECT ld, w AS area, sd.searches, sd.zero_results FROM insight_search_day sd, unnest(sd.life_domains) ld, unnest(sd.wijken) w WHERE sd.day >= $1
           UNION ALL
           SELECT ld, w.id AS area, sd.searches, sd.zero_results FROM insight_search_day sd CROSS JOIN unnest(sd.life_domains) ld
             JOIN wijk w ON w.district_id = ANY(sd.districts)
           WHERE sd.day >= $1 AND cardinality(sd.wijken) = 0`;
    const rows = await this.db.query<{ ld: string; area: string | null; searches: number; zero_results: number }[]>(
      `SELECT ld, area, sum(searches)::int AS searches, sum(zero_results)::int AS zero_results FROM (
         ${placed}
         UNION ALL
         SELECT ld, NULL AS area, sd.searches, sd.zero_results FROM insight_search_day sd, unnest(sd.life_domains) ld WHERE sd.day >= $1
       ) demand GROUP BY ld, area`,
      [since],
    );
    return rows.map((r) => ({ lifeDomain: r.ld, area: r.area, searches: r.searches, zeroResults: r.zero_results }));
  }

  async findFreshnessWeeks(since: string, lifeDomain: string): Promise<FreshnessWeekRow[]> {
    const rows = await this.db.query<{ week: string; district_id: string; life_domain: string; listings: number; verified: number }[]>(
      `SELECT to_char(week, 'YYYY-MM-DD') AS week, district_id, life_domain, listings, verified FROM freshness_week
       WHERE week >= $1 AND life_domain = $2 ORDER BY week, district_id`,
      [since, lifeDomain],
    );
    return rows.map((r) => ({
      week: r.week,
      districtId: r.district_id,
      lifeDomain: r.life_domain,
      listings: r.listings,
      verified: r.verified,
    }));
  }

  /** The week's figures as they are now: several processes may write the same week, the last one wins. */
  async saveFreshnessWeek(rows: FreshnessWeekRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.query(
      `INSERT INTO freshness_week (week, district_id, life_domain, listings, verified)
       SELECT * FROM unnest($1::date[], $2::text[], $3::text[], $4::int[], $5::int[])
       ON CONFLICT (week, district_id, life_domain) DO UPDATE
         SET listings = EXCLUDED.listings, verified = EXCLUDED.verified, recorded_at = now()`,
      [
        rows.map((r) => r.week),
        rows.map((r) => r.districtId),
        rows.map((r) => r.lifeDomain),
        rows.map((r) => r.listings),
        rows.map((r) => r.verified),
      ],
    );
  }
}
