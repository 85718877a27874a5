// Records searches for the insights, anonymously (docs/insights.md, Search analytics). A search
// is buffered in memory with a session source (client address and browser) for at most a second;
// what reaches PostgreSQL holds filters, counts and normalised text, and per text and day a keyed
// hash of (session, day, text) under a salt that lives one day. With the salt gone nobody, us
// included, can tell whose hash it was; within the day it only tells two searches of one text
// apart from one session's repeats. The marks sit in PostgreSQL, so several API processes count a
// session once between them.
import { createHmac, randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { ZONE } from '@sociale-kaart/core';
import { clientOf } from '../../feedback/feedback-rate-limiter.js';
import { type DayAggregate, SearchLogRepository, type StoredSearch, type TextAggregate } from './search-log.repository.js';

/** At most this many results is a low-result search (zero results is counted apart). */
export const LOW_RESULT_MAX = 3;
const FLUSH_EVERY_MS = 1000;
const FLUSH_AT = 500;
/** Beyond this the buffer drops searches rather than grow while the database is away. */
const MAX_BUFFERED = 20_000;

export interface LoggedSearch extends Omit<StoredSearch, 'day' | 'districts'> {
  /** Brussels date; default today. */
  day?: string;
  districts: string[];
  /** Client address and user agent, or whatever identifies a session: hashed, never stored. */
  sessionSource: string;
}

export function todayInBrussels(now = new Date()): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
}

/** The session source of a request: the client (an IPv6 /64 as one) and its browser. */
export function sessionSourceOf(address: string, userAgent: string | undefined): string {
  return `${clientOf(address)}\n${userAgent ?? ''}`;
}

/** The aggregate key of a search's filters (its text left out). */
export function filterKeyOf(s: Omit<StoredSearch, 'day'>): string {
  const list = (values: string[]) => [...values].sort().join(',');
  return [
    list(s.lifeDomains),
    list(s.targetGroups),
    list(s.languages),
    list(s.districts),
    list(s.wijken),
    s.isFree,
    s.isWalkIn,
    s.text !== null,
  ].join('|');
}

@Injectable()
export class SearchLog implements OnApplicationShutdown {
  private readonly logger = new Logger('Insights');
  private buffer: (LoggedSearch & { day: string })[] = [];
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  private wijkDistricts?: Promise<Map<string, string>>;

  constructor(
    private readonly repository: SearchLogRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  record(search: LoggedSearch): void {
    if (this.buffer.length >= MAX_BUFFERED) return;
    this.buffer.push({ ...search, day: search.day ?? todayInBrussels() });
    if (this.buffer.length >= FLUSH_AT) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
      this.timer.unref();
    }
  }

  /** The districts a search names: its `district` filter and the districts of its `wijk` filter. */
  async districtsOf(districts: string[], wijken: string[]): Promise<string[]> {
    this.wijkDistricts ??= this.db
      .query<{ id: string; district_id: string }[]>('SELECT id, district_id FROM wijk')
      .then((rows) => new Map(rows.map((r) => [r.id, r.district_id])));
    const map = await this.wijkDistricts;
    return [...new Set([...districts, ...wijken.map((w) => map.get(w)).filter((d): d is string => d !== undefined)])].sort();
  }

  /** Writes what is buffered (tests and shutdown call it; otherwise every second). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.buffer;
    this.buffer = [];
    this.flushing = this.flushing.then(() => (batch.length === 0 ? undefined : this.write(batch)));
    return this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private async write(batch: (LoggedSearch & { day: string })[]): Promise<void> {
    try {
      const today = todayInBrussels();
      const salt = await this.repository.saltOf(today, randomBytes(32));
      const searches: StoredSearch[] = batch.map(({ sessionSource: _, ...s }) => s);
      const days = new Map<string, DayAggregate>();
      const texts = new Map<string, TextAggregate>();
      for (const [i, s] of searches.entries()) {
        const filterKey = filterKeyOf(s);
        const key = `${s.day}\n${s.source}\n${s.engine}\n${filterKey}`;
        const { text: _text, resultCount: _count, ...filters } = s;
        const day = days.get(key) ?? { ...filters, filterKey, hasText: s.text !== null, searches: 0, zeroResults: 0, lowResults: 0 };
        days.set(key, count(day, s.resultCount));
        if (s.text === null) continue;
        const textKey = `${s.day}\n${s.text}`;
        const text = texts.get(textKey) ?? { day: s.day, text: s.text, searches: 0, zeroResults: 0, lowResults: 0, marks: [] };
        text.marks.push(createHmac('sha256', salt).update(`${batch[i].sessionSource}\n${s.day}\n${s.text}`).digest('hex'));
        texts.set(textKey, count(text, s.resultCount));
      }
      await this.repository.save(searches, [...days.values()], [...texts.values()], today);
    } catch (error) {
      // Analytics never fail a search: a lost batch is logged and dropped.
      this.logger.warn(`recording ${batch.length} searches failed: ${(error as Error).message}`);
    }
  }
}

function count<T extends { searches: number; zeroResults: number; lowResults: number }>(aggregate: T, results: number): T {
  aggregate.searches++;
  if (results === 0) aggregate.zeroResults++;
  else if (results <= LOW_RESULT_MAX) aggregate.lowResults++;
  return aggregate;
}
