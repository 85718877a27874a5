import { createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { type InvalidParam, RateLimitedProblem, ValidationProblem } from '../../../common/problem/domain-exception.js';
import { ZONE } from '@sociale-kaart/core';
import type { AuthUser } from '../../auth/auth-user.js';
import { clientOf } from '../../feedback/feedback-rate-limiter.js';
import { SearchVocabulary } from '../../search/search-vocabulary.js';
import { LOW_RESULT_MAX, SearchLog, todayInBrussels } from './search-log.js';
import { SearchLogRepository } from './search-log.repository.js';
import { normaliseSearchText } from './search-text.js';
import type {
  CodeCountsDto,
  FilterCountsDto,
  SearchesQueryDto,
  SearchesResponseDto,
  UploadSearchesDto,
  WeekCountsDto,
} from './searches.dto.js';
import { type FilterRow, SearchesRepository, type WeekRow } from './searches.repository.js';

/** k-anonymity: a normalised text is shown once this many different sessions searched it. */
export const MIN_SESSIONS = 5;
/** Offline searches come from the last 30 days: raw searches are not kept longer. */
const UPLOAD_DAYS = 30;
const UPLOAD_LIMIT = { uploads: 20, windowSeconds: 60 * 60 };
const UPLOAD_LOCK_CLASS = 7313;

/** Search analytics (moderators see texts) and the phone's offline searches (docs/insights.md). */
@Injectable()
export class SearchesService {
  constructor(
    private readonly repository: SearchesRepository,
    private readonly logRepository: SearchLogRepository,
    private readonly log: SearchLog,
    private readonly vocabulary: SearchVocabulary,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async analytics(query: SearchesQueryDto, user: AuthUser | undefined, now = new Date()): Promise<SearchesResponseDto> {
    const vocabulary = await this.vocabulary.get();
    const problems = [
      ...unknown('lifeDomain', query.lifeDomain, (c) => vocabulary.lifeDomains.has(c)),
      ...unknown('district', query.district, (c) => vocabulary.districts.has(c)),
    ];
    if (problems.length > 0) throw new ValidationProblem(problems);
    const weeks = query.weeks ?? 8;
    const first = DateTime.fromJSDate(now, { zone: ZONE })
      .startOf('week')
      .minus({ weeks: weeks - 1 });
    const since = first.toISODate()!;
    const allWeeks = Array.from({ length: weeks }, (_, i) => first.plus({ weeks: i }).toISODate()!);
    const scope = { since, lifeDomains: query.lifeDomain ?? [], districts: query.district ?? [] };
    const [weekly, lifeDomains, districts, topZero, topLow] = await Promise.all([
      this.repository.findWeekly(scope, 'all'),
      this.repository.findWeekly(scope, 'life_domains'),
      this.repository.findWeekly(scope, 'districts'),
      this.repository.findTopFilters(scope, 'zero_results', 20),
      this.repository.findTopFilters(scope, 'low_results', 20),
    ]);
    const filterWeeks = await this.repository.findWeekly(scope, 'filter_key', [
      ...new Set([...topZero, ...topLow].map((f) => f.filterKey)),
    ]);
    const mayReadTexts = user?.role === 'moderator' || user?.role === 'admin';
    let texts: SearchesResponseDto['texts'] = null;
    if (mayReadTexts) {
      const rows = await this.repository.findTexts(since, MIN_SESSIONS, 50);
      const trends = await this.repository.findTextWeeks(
        since,
        rows.map((r) => r.text),
      );
      texts = rows.map((r) => ({ ...r, trend: trendOf(trends, r.text, allWeeks) }));
    }
    return {
      since,
      lowResultMax: LOW_RESULT_MAX,
      minSessions: MIN_SESSIONS,
      weekly: trendOf(weekly, '', allWeeks),
      byLifeDomain: byCode(lifeDomains, allWeeks),
      byDistrict: byCode(districts, allWeeks),
      topZeroResults: topZero.map((f) => toFilterCounts(f, filterWeeks, allWeeks)),
      topLowResults: topLow.map((f) => toFilterCounts(f, filterWeeks, allWeeks)),
      texts,
      generatedAt: now.toISOString(),
    };
  }

  /** Counts the phone's offline searches as online ones are counted; a text only in normalised form. */
  async upload(body: UploadSearchesDto, address: string, userAgent: string | undefined, now = new Date()): Promise<{ accepted: number }> {
    const vocabulary = await this.vocabulary.get();
    const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day');
    const problems: InvalidParam[] = body.searches.flatMap((s, i) => {
      const at = (name: string) => `searches.${i}.${name}`;
      const day = DateTime.fromISO(s.day, { zone: ZONE });
      const dayProblems: InvalidParam[] =
        !day.isValid || day > today || day < today.minus({ days: UPLOAD_DAYS - 1 })
          ? [{ name: at('day'), in: 'body', reason: `must be a date within the last ${UPLOAD_DAYS} days, not in the future` }]
          : [];
      return [
        ...dayProblems,
        ...unknown(at('lifeDomain'), s.lifeDomain, (c) => vocabulary.lifeDomains.has(c), 'body'),
        ...unknown(at('targetGroup'), s.targetGroup, (c) => vocabulary.targetGroups.has(c), 'body'),
        ...unknown(at('language'), s.language, (c) => vocabulary.languages.has(c), 'body'),
        ...unknown(at('district'), s.district, (c) => vocabulary.districts.has(c), 'body'),
        ...unknown(at('wijk'), s.wijk, (c) => vocabulary.wijken.has(c), 'body'),
      ];
    });
    if (problems.length > 0) throw new ValidationProblem(problems);
    await this.takeUpload(address, now);
    const sessionSource = `${clientOf(address)}\n${userAgent ?? ''}`;
    for (const s of body.searches) {
      this.log.record({
        day: s.day,
        source: 'offline',
        engine: 'device',
        lifeDomains: s.lifeDomain ?? [],
        targetGroups: s.targetGroup ?? [],
        languages: s.language ?? [],
        districts: await this.log.districtsOf(s.district ?? [], s.wijk ?? []),
        wijken: s.wijk ?? [],
        isFree: s.free === true,
        isWalkIn: s.walkIn === true,
        text: normaliseSearchText(s.q),
        resultCount: s.resultCount,
        sessionSource,
      });
    }
    return { accepted: body.searches.length };
  }

  /** 20 uploads an hour per client, counted in PostgreSQL under the day's salt (so across processes, and unlinkable after the day). */
  private async takeUpload(address: string, now: Date): Promise<void> {
    const salt = await this.logRepository.saltOf(todayInBrussels(now), randomBytes(32));
    const client = createHmac('sha256', salt)
      .update(`upload\n${clientOf(address)}`)
      .digest('base64url');
    const wait = await this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [UPLOAD_LOCK_CLASS, client]);
      const rows = await manager.query<{ wait: number }[]>(
        `SELECT ceil(extract(epoch FROM created_at + $3::int * interval '1 second' - now()))::int AS wait
         FROM insight_search_upload_attempt WHERE client = $1 AND created_at > now() - $3::int * interval '1 second'
         ORDER BY created_at DESC OFFSET $2 - 1 LIMIT 1`,
        [client, UPLOAD_LIMIT.uploads, UPLOAD_LIMIT.windowSeconds],
      );
      if (rows.length > 0) return Math.max(1, rows[0].wait);
      await manager.query('INSERT INTO insight_search_upload_attempt (client) VALUES ($1)', [client]);
      await manager.query(`DELETE FROM insight_search_upload_attempt WHERE created_at < now() - $1::int * interval '1 second'`, [
        UPLOAD_LIMIT.windowSeconds,
      ]);
      return 0;
    });
    if (wait > 0) throw new RateLimitedProblem(`At most ${UPLOAD_LIMIT.uploads} uploads of offline searches an hour.`, wait);
  }
}

function unknown(
  name: string,
  values: string[] | undefined,
  isKnown: (code: string) => boolean,
  at: 'query' | 'body' = 'query',
): InvalidParam[] {
  const bad = (values ?? []).filter((v) => !isKnown(v));
  return bad.length === 0 ? [] : [{ name, in: at, reason: `unknown code${bad.length > 1 ? 's' : ''}: ${bad.join(', ')}` }];
}

function trendOf(rows: WeekRow[], key: string, weeks: string[]): WeekCountsDto[] {
  const found = new Map(rows.filter((r) => r.key === key).map((r) => [r.week, r]));
  return weeks.map((week) => {
    const row = found.get(week);
    return { week, searches: row?.searches ?? 0, zeroResults: row?.zeroResults ?? 0, lowResults: row?.lowResults ?? 0 };
  });
}

function byCode(rows: WeekRow[], weeks: string[]): CodeCountsDto[] {
  const codes = [...new Set(rows.map((r) => r.key))];
  return codes
    .map((code) => {
      const trend = trendOf(rows, code, weeks);
      const sum = (field: keyof Omit<WeekCountsDto, 'week'>) => trend.reduce((n, w) => n + w[field], 0);
      return { code, searches: sum('searches'), zeroResults: sum('zeroResults'), lowResults: sum('lowResults'), trend };
    })
    .sort(
      (a, b) => b.zeroResults - a.zeroResults || b.lowResults - a.lowResults || b.searches - a.searches || a.code.localeCompare(b.code),
    );
}

function toFilterCounts(row: FilterRow, weeks: WeekRow[], allWeeks: string[]): FilterCountsDto {
  return {
    filters: {
      lifeDomain: row.lifeDomains,
      targetGroup: row.targetGroups,
      language: row.languages,
      district: row.districts,
      wijk: row.wijken,
      free: row.isFree,
      walkIn: row.isWalkIn,
      hasText: row.hasText,
    },
    searches: row.searches,
    zeroResults: row.zeroResults,
    lowResults: row.lowResults,
    trend: trendOf(weeks, row.filterKey, allWeeks),
  };
}
