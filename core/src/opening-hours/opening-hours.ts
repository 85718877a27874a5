// Opening hours from HSDS schedules, evaluated in Europe/Brussels wall-clock time.
//
// Our HSDS profile (docs/search.md): a weekly schedule has `byday` and `opensAt`/`closesAt`
// (`HH:MM:SS`, local time); `closesAt` before `opensAt` runs past midnight; `00:00:00`–`23:59:59`
// every day is around the clock; several schedules on one day are several periods; `validFrom`/
// `validTo` bound a schedule; a schedule with dates but no times is a closure for those dates.
// Legal holidays close a service unless it opens on holidays; public-sector days (11 July,
// 2 November…) close services that follow the public-sector calendar (city and OCMW services).
import { DateTime } from 'luxon';

export const ZONE = 'Europe/Brussels';
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const MINUTES_PER_DAY = 24 * 60;

/** The fields of an HSDS schedule that opening hours depend on. */
export interface ScheduleRule {
  freq?: string | null;
  byday?: string | null;
  opensAt?: string | null;
  closesAt?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export type HolidayKind = 'legal' | 'public-sector';

/** Looks up whether a local date (`YYYY-MM-DD`) is a holiday. */
export type HolidayCalendar = (date: string) => HolidayKind | undefined;

export interface OpeningPolicy {
  /** Stays open on holidays (access term `toegang/open-op-feestdagen`). */
  opensOnHolidays: boolean;
  /** Closes on public-sector days too, not only on legal holidays. */
  followsPublicSectorCalendar: boolean;
}

/** One weekly opening period, in minutes from local midnight; `closes` > 1440 runs into the next day. */
export interface WeeklyPeriod {
  /** 0 = Monday … 6 = Sunday. */
  day: number;
  opens: number;
  closes: number;
  validFrom: string | null;
  validTo: string | null;
}

export interface Closure {
  from: string;
  to: string;
}

export interface CompiledHours extends OpeningPolicy {
  periods: WeeklyPeriod[];
  closures: Closure[];
}

export interface OpenInterval {
  start: Date;
  end: Date;
}

export interface OpeningStatus {
  isOpen: boolean;
  /** When it closes, if open and closing within the horizon (null: around the clock). */
  closesAt: Date | null;
  /** When it next opens, if closed and opening within the horizon. */
  nextOpensAt: Date | null;
}

function minutesOf(time: string): number {
  const [h, m, s] = time.split(':').map(Number);
  const minutes = h * 60 + m + (s ?? 0) / 60;
  // 23:59:59 means "until midnight": no one-minute gap in around-the-clock hours.
  return time >= '23:59' ? MINUTES_PER_DAY : Math.floor(minutes);
}

/** Turns HSDS schedules into weekly periods and closures; schedules it cannot read are ignored. */
export function compileOpeningHours(schedules: ScheduleRule[], policy: OpeningPolicy): CompiledHours {
  const periods: WeeklyPeriod[] = [];
  const closures: Closure[] = [];
  for (const schedule of schedules) {
    const hasTimes = Boolean(schedule.opensAt && schedule.closesAt);
    if (!hasTimes) {
      if (schedule.validFrom || schedule.validTo) {
        closures.push({ from: schedule.validFrom ?? '0000-01-01', to: schedule.validTo ?? '9999-12-31' });
      }
      continue;
    }
    if (schedule.freq && schedule.freq !== 'WEEKLY') continue;
    const opens = minutesOf(schedule.opensAt!);
    let closes = minutesOf(schedule.closesAt!);
    if (closes <= opens) closes += MINUTES_PER_DAY;
    const days = (schedule.byday ?? DAYS.join(','))
      .split(',')
      .map((d) => DAYS.indexOf(d.trim().toUpperCase() as (typeof DAYS)[number]))
      .filter((d) => d >= 0);
    for (const day of days) {
      periods.push({ day, opens, closes, validFrom: schedule.validFrom ?? null, validTo: schedule.validTo ?? null });
    }
  }
  return { ...policy, periods, closures };
}

/** UTC offsets (minutes) at the start and the end of local dates; dates repeat across hits and requests. */
const dayOffsets = new Map<string, readonly [number, number]>();

function offsetsOn(date: string): readonly [number, number] {
  let offsets = dayOffsets.get(date);
  if (!offsets) {
    if (dayOffsets.size > 5000) dayOffsets.clear();
    offsets = [DateTime.fromISO(`${date}T00:00`, { zone: ZONE }).offset, DateTime.fromISO(`${date}T23:59`, { zone: ZONE }).offset];
    dayOffsets.set(date, offsets);
  }
  return offsets;
}

/** A wall-clock time on a local date as an instant (a time skipped by the DST switch moves forward). */
function instant(date: string, minutes: number): Date {
  const dayShift = Math.floor(minutes / MINUTES_PER_DAY);
  const rest = minutes % MINUTES_PER_DAY;
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d + dayShift));
  const [year, month, dayOfMonth] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  const [atStart, atEnd] = offsetsOn(day.toISOString().slice(0, 10));
  if (atStart === atEnd) return new Date(Date.UTC(year, month - 1, dayOfMonth, 0, rest) - atStart * 60_000);
  // A daylight-saving switch day: let the time-zone library place the wall-clock time.
  return DateTime.fromObject({ year, month, day: dayOfMonth, hour: Math.floor(rest / 60), minute: rest % 60 }, { zone: ZONE }).toJSDate();
}

/** Local calendar date `offset` days after `first` (`YYYY-MM-DD`), by UTC arithmetic: no time zone involved. */
function addDays(first: { year: number; month: number; day: number }, offset: number): { iso: string; weekday: number } {
  const date = new Date(Date.UTC(first.year, first.month - 1, first.day + offset));
  return { iso: date.toISOString().slice(0, 10), weekday: (date.getUTCDay() + 6) % 7 };
}

/** One local date of a `Days` frame: what openIntervals needs of it, worked out once for every service. */
interface FrameDay {
  iso: string;
  weekday: number;
  holiday: HolidayKind | undefined;
  /** The instant of its local midnight in ms, when its UTC offset is the same all day (NaN on a switch day). */
  midnight: number;
}

/**
 * The local dates openIntervals walks for one `from` and `days` (the day before `from`'s date to
 * `days + 1` after it, and two more for periods running past midnight), with their weekday, holiday
 * and midnight. A search judges every hit at the same moment: the frame is worked out once and kept
 * for the next call with the same arguments.
 */
interface Frame {
  from: number;
  days: number;
  holidays: HolidayCalendar;
  dates: FrameDay[];
}

let lastFrame: Frame | null = null;

function frameOf(from: Date, days: number, holidays: HolidayCalendar): Frame {
  const key = from.getTime();
  if (lastFrame && lastFrame.from === key && lastFrame.days === days && lastFrame.holidays === holidays) return lastFrame;
  const first = DateTime.fromJSDate(from, { zone: ZONE }).minus({ days: 1 });
  const dates: FrameDay[] = [];
  for (let offset = 0; offset <= days + 3; offset++) {
    const { iso, weekday } = addDays(first, offset);
    const [atStart, atEnd] = offsetsOn(iso);
    const [y, m, d] = iso.split('-').map(Number);
    const midnight = atStart === atEnd ? Date.UTC(y, m - 1, d) - atStart * 60_000 : NaN;
    dates.push({ iso, weekday, holiday: holidays(iso), midnight });
  }
  lastFrame = { from: key, days, holidays, dates };
  return lastFrame;
}

/** `instant(dates[k].iso, minutes)` from the frame when the day it falls on has one offset; the same instant. */
function frameInstant(dates: FrameDay[], k: number, minutes: number): number {
  const dayShift = Math.floor(minutes / MINUTES_PER_DAY);
  const target = dates[k + dayShift];
  if (target && !Number.isNaN(target.midnight)) return target.midnight + (minutes % MINUTES_PER_DAY) * 60_000;
  return instant(dates[k].iso, minutes).getTime();
}

function isClosedOnDay(hours: CompiledHours, day: FrameDay): boolean {
  for (const c of hours.closures) if (c.from <= day.iso && day.iso <= c.to) return true;
  if (hours.opensOnHolidays) return false;
  return day.holiday === 'legal' || (day.holiday === 'public-sector' && hours.followsPublicSectorCalendar);
}

/**
 * The open intervals that start on the local dates from the day before `from` to `days` days after
 * it, merged where they touch or overlap (a 24/7 service gives one long interval).
 */
export function openIntervals(hours: CompiledHours, from: Date, days: number, holidays: HolidayCalendar): OpenInterval[] {
  const { dates } = frameOf(from, days, holidays);
  let weekdaysWithHours = 0;
  for (const p of hours.periods) weekdaysWithHours |= 1 << p.day;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let offset = 0; offset <= days + 1; offset++) {
    const day = dates[offset];
    if ((weekdaysWithHours & (1 << day.weekday)) === 0 || isClosedOnDay(hours, day)) continue;
    for (const period of hours.periods) {
      if (period.day !== day.weekday) continue;
      if ((period.validFrom && day.iso < period.validFrom) || (period.validTo && day.iso > period.validTo)) continue;
      starts.push(frameInstant(dates, offset, period.opens));
      ends.push(frameInstant(dates, offset, period.closes));
    }
  }
  const order = starts.map((_, i) => i);
  if (order.length > 1) order.sort((a, b) => starts[a] - starts[b]);
  const merged: OpenInterval[] = [];
  let lastEnd = -Infinity;
  for (const i of order) {
    if (merged.length > 0 && starts[i] <= lastEnd) {
      if (ends[i] > lastEnd) merged[merged.length - 1].end = new Date((lastEnd = ends[i]));
    } else {
      merged.push({ start: new Date(starts[i]), end: new Date(ends[i]) });
      lastEnd = ends[i];
    }
  }
  return merged;
}

export function isOpenAt(hours: CompiledHours, at: Date, holidays: HolidayCalendar): boolean {
  return openIntervals(hours, at, 1, holidays).some((i) => i.start <= at && at < i.end);
}

/** Open or not at `at`, when it closes, or when it next opens (looking `horizonDays` ahead). */
export function openingStatus(hours: CompiledHours, at: Date, holidays: HolidayCalendar, horizonDays = 8): OpeningStatus {
  const intervals = openIntervals(hours, at, horizonDays, holidays);
  const horizon = horizonOf(at, horizonDays);
  const current = intervals.find((i) => i.start <= at && at < i.end);
  if (current) return { isOpen: true, closesAt: current.end < horizon ? current.end : null, nextOpensAt: null };
  const next = intervals.find((i) => i.start > at && i.start < horizon);
  return { isOpen: false, closesAt: null, nextOpensAt: next?.start ?? null };
}

let lastHorizon: { at: number; days: number; horizon: Date } | null = null;

/** `at` plus whole days in the process's own zone (as luxon's `plus` does), kept for the next call with the same moment. */
function horizonOf(at: Date, days: number): Date {
  if (lastHorizon?.at !== at.getTime() || lastHorizon.days !== days) {
    lastHorizon = { at: at.getTime(), days, horizon: DateTime.fromJSDate(at).plus({ days }).toJSDate() };
  }
  return lastHorizon.horizon;
}

/** When the service next opens at or after `at` (`at` itself when it is open then). */
export function nextOpening(hours: CompiledHours, at: Date, holidays: HolidayCalendar, horizonDays = 8): Date | null {
  const status = openingStatus(hours, at, holidays, horizonDays);
  return status.isOpen ? at : status.nextOpensAt;
}

/** A holiday calendar over the reference holidays. */
export function holidayCalendar(holidays: { date: string; kind: HolidayKind }[]): HolidayCalendar {
  const byDate = new Map(holidays.map((h) => [h.date, h.kind]));
  return (date) => byDate.get(date);
}
