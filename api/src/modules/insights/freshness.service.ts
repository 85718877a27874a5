import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { ZONE } from '@sociale-kaart/core';
import type { FactFilters } from './coverage.js';
import type { FreshnessResponseDto, FreshnessWeekDto } from './freshness.dto.js';
import { countFreshness, isVerified, STALE_AFTER_DAYS } from './freshness.js';
import type { FreshnessQueryDto } from './insights-query.dto.js';
import { appliedFilters, InsightsContext } from './insights-context.js';
import { type FreshnessWeekRow, InsightsRepository } from './insights.repository.js';

/** The week's row is rewritten at most this often per process (and by the hourly timer). */
const RECORD_EVERY_MS = 60 * 60 * 1000;
const NO_FILTERS: FactFilters = { lifeDomains: [], targetGroups: [], languages: [], isFree: false, isWalkIn: false };

/** Monday of the week `now` falls in, Brussels time, as YYYY-MM-DD. */
export function weekOf(now: Date): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).startOf('week').toISODate()!;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Freshness figures, and their weekly record: the current week's row per district and life domain
 * is rewritten as the figures change (at most hourly), so each past week keeps how it stood at its
 * end. A series over time cannot be recomputed from the listings (a verification overwrites the one
 * before it), so it starts when insights are installed (docs/insights.md).
 */
@Injectable()
export class FreshnessService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Insights');
  private recordedAt = 0;
  private recording?: Promise<void>;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly context: InsightsContext,
    private readonly repository: InsightsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Tests record through requests; a timer would race their assertions.
    if (this.config.env === 'test') return;
    this.timer = setInterval(() => void this.recordWeek(new Date(), true), RECORD_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async freshness(query: FreshnessQueryDto, now = new Date()): Promise<FreshnessResponseDto> {
    const limit = query.limit ?? 20;
    const weeks = query.weeks ?? 26;
    const filters = await this.context.filters(query);
    await this.recordWeek(now);
    const [facts, places] = await Promise.all([this.context.currentFacts(), this.context.places()]);
    const figures = countFreshness(facts, filters, places.districts, now);
    const lifeDomain = filters.lifeDomains.length === 1 ? filters.lifeDomains[0] : '';
    const since = DateTime.fromJSDate(now, { zone: ZONE })
      .startOf('week')
      .minus({ weeks: weeks - 1 })
      .toISODate()!;
    const weekly = await this.repository.findFreshnessWeeks(since, lifeDomain);
    return {
      staleAfterDays: STALE_AFTER_DAYS,
      verifiedSince: figures.verifiedSince.toISOString(),
      filters: appliedFilters(filters),
      city: figures.city,
      districts: figures.districts,
      oldest: figures.oldest.slice(0, limit).map((fact) => ({
        id: fact.id,
        name: fact.name,
        organization: { id: fact.organizationId, name: fact.organizationName },
        lastVerifiedAt: iso(fact.lastVerifiedAt),
      })),
      organizations: figures.organizations.slice(0, limit).map((o) => ({ ...o, oldestVerifiedAt: iso(o.oldestVerifiedAt) })),
      organizationsWithStale: figures.organizations.length,
      weekly: weekly.map(toWeek),
      generatedAt: now.toISOString(),
    };
  }

  /** Writes this week's figures (all listings, per district and life domain) unless written within the hour. */
  recordWeek(now: Date, isForced = false): Promise<void> {
    if (!isForced && Date.now() - this.recordedAt < RECORD_EVERY_MS) return this.recording ?? Promise.resolve();
    this.recordedAt = Date.now();
    this.recording = this.writeWeek(now).catch((error: Error) => {
      this.recordedAt = 0;
      this.logger.warn(`recording the week's freshness failed: ${error.message}`);
    });
    return this.recording;
  }

  private async writeWeek(now: Date): Promise<void> {
    const [facts, places] = await Promise.all([this.context.currentFacts(), this.context.places()]);
    const figures = countFreshness(facts, NO_FILTERS, places.districts, now);
    const week = weekOf(now);
    const rows: FreshnessWeekRow[] = [
      { week, districtId: '', lifeDomain: '', listings: figures.city.listings, verified: figures.city.verified },
    ];
    const cityDomains = new Map<string, { listings: number; verified: number }>();
    for (const district of figures.districts) {
      rows.push({ week, districtId: district.id, lifeDomain: '', listings: district.listings, verified: district.verified });
      for (const d of district.lifeDomains) {
        rows.push({ week, districtId: district.id, lifeDomain: d.lifeDomain, listings: d.listings, verified: d.verified });
      }
    }
    // The city per life domain: every listing once, whatever districts it serves.
    for (const fact of figures.oldest) {
      for (const code of fact.lifeDomains) {
        const sum = cityDomains.get(code) ?? { listings: 0, verified: 0 };
        sum.listings++;
        if (isVerified(fact, figures.verifiedSince)) sum.verified++;
        cityDomains.set(code, sum);
      }
    }
    for (const [lifeDomain, sum] of cityDomains) rows.push({ week, districtId: '', lifeDomain, ...sum });
    await this.repository.saveFreshnessWeek(rows);
  }
}

function toWeek(row: FreshnessWeekRow): FreshnessWeekDto {
  return {
    week: row.week,
    districtId: row.districtId === '' ? null : row.districtId,
    listings: row.listings,
    verified: row.verified,
    share: row.listings === 0 ? null : Math.round((row.verified / row.listings) * 1000) / 1000,
  };
}
