// `openAt` in Meilisearch, exactly: quarter-hour slots narrow the services down inside
// Meilisearch, and the opening-hours module decides the cases a slot cannot (docs/search.md).
//
// A service with plain weekly hours (no validity dates, no closures) is open at a moment exactly
// when the moment's quarter hour is fully covered by one of its periods that started that day or
// the evening before, and that day is not a holiday that closes it: such slots decide inside
// Meilisearch. Everything else — a slot the hours cover only in part (09:10), a service with
// seasonal hours or closures, a moment on or after a DST switch day — is a candidate that the API
// checks with `isOpenAt` before the real query, which then asks for "decided open OR one of these
// checked ids". Totals and pages stay exact because the check runs before paging.
import { DateTime } from 'luxon';
import { type CompiledHours, type HolidayCalendar, type HolidayKind, isOpenAt, ZONE } from '@sociale-kaart/core';
import type { OpenAtMoment } from '../search-engine.js';

const SLOT_MINUTES = 15;
const SLOTS_PER_DAY = (24 * 60) / SLOT_MINUTES;
const MINUTES_PER_DAY = 24 * 60;

export interface SlotFields {
  /** Every slot any period touches (a superset of the open moments). */
  slots: number[];
  /** Slots fully covered by a period that starts that day (plain weekly hours only). */
  daySlots: number[];
  /** Slots fully covered by the part of a period that runs past midnight (plain weekly hours only). */
  nightSlots: number[];
  /** Slots Meilisearch cannot decide for this service: checked by the API. */
  checkSlots: number[];
}

export function slotFields(hours: CompiledHours): SlotFields {
  const all = new Set<number>();
  const day = new Set<number>();
  const night = new Set<number>();
  const partial = new Set<number>();
  const add = (weekday: number, from: number, to: number, full: Set<number>) => {
    for (let s = Math.floor(from / SLOT_MINUTES); s * SLOT_MINUTES < to; s++) {
      const slot = weekday * SLOTS_PER_DAY + s;
      all.add(slot);
      if (s * SLOT_MINUTES >= from && (s + 1) * SLOT_MINUTES <= to) full.add(slot);
      else partial.add(slot);
    }
  };
  for (const period of hours.periods) {
    add(period.day, period.opens, Math.min(period.closes, MINUTES_PER_DAY), day);
    if (period.closes > MINUTES_PER_DAY) add((period.day + 1) % 7, 0, period.closes - MINUTES_PER_DAY, night);
  }
  const isPlainWeekly = hours.closures.length === 0 && hours.periods.every((p) => !p.validFrom && !p.validTo);
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  return isPlainWeekly
    ? { slots: sorted(all), daySlots: sorted(day), nightSlots: sorted(night), checkSlots: sorted(partial) }
    : { slots: sorted(all), daySlots: [], nightSlots: [], checkSlots: sorted(all) };
}

export function slotOf(moment: OpenAtMoment): number {
  return moment.weekday * SLOTS_PER_DAY + Math.floor(moment.minute / SLOT_MINUTES);
}

/** A holiday of this kind does not close the service (a filter expression), or null when none is. */
function notClosedBy(kind: HolidayKind | null): string | null {
  if (kind === 'legal') return 'opensOnHolidays = true';
  if (kind === 'public-sector') return '(opensOnHolidays = true OR followsPublicSectorCalendar = false)';
  return null;
}

const and = (...parts: (string | null)[]) => parts.filter(Boolean).join(' AND ');

/** Does the UTC offset change during this local date (a DST switch)? */
function isSwitchDay(date: string): boolean {
  const start = DateTime.fromISO(`${date}T00:00`, { zone: ZONE });
  return start.offset !== start.plus({ days: 1 }).minus({ minutes: 1 }).offset;
}

export interface OpenAtFilters {
  /** Services Meilisearch decides are open (null: none are decided there). */
  decided: string | null;
  /** Services to check with the opening-hours module. */
  candidates: string;
}

export function openAtFilters(moment: OpenAtMoment): OpenAtFilters {
  const slot = slotOf(moment);
  // Near a DST switch wall-clock slots and instants disagree for an hour: check every candidate.
  if (isSwitchDay(moment.date) || isSwitchDay(moment.previousDate)) return { decided: null, candidates: `slots = ${slot}` };
  const byDay = and(`daySlots = ${slot}`, notClosedBy(moment.holiday));
  const byNight = and(`nightSlots = ${slot}`, notClosedBy(moment.previousHoliday));
  return { decided: `((${byDay}) OR (${byNight}))`, candidates: `checkSlots = ${slot}` };
}

/** The exact check, with the holidays the moment knows (the day and the day before are all it needs). */
export function isOpenAtMoment(hours: CompiledHours, moment: OpenAtMoment): boolean {
  const holidays: HolidayCalendar = (date) =>
    date === moment.date ? (moment.holiday ?? undefined) : date === moment.previousDate ? (moment.previousHoliday ?? undefined) : undefined;
  return isOpenAt(hours, moment.at, holidays);
}
