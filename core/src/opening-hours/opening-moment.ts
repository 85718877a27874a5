// A moment in Brussels wall-clock terms, as every search engine (and the PWA's on-device search)
// evaluates an `openAt` filter against weekly opening periods. Pure: luxon only, so the PWA
// imports it as it is.
import { DateTime } from 'luxon';
import { type HolidayCalendar, type HolidayKind, ZONE } from './opening-hours.js';

/** The moment an `openAt`/`openNow` filter asks about, resolved to Brussels wall-clock terms. */
export interface OpenAtMoment {
  at: Date;
  /** Local date `YYYY-MM-DD` and the day before (for hours running past midnight). */
  date: string;
  previousDate: string;
  /** 0 = Monday … 6 = Sunday, of `date` and of `previousDate`. */
  weekday: number;
  previousWeekday: number;
  /** Minutes since local midnight. */
  minute: number;
  /** Holiday kind of `date` and `previousDate`, if any. */
  holiday: HolidayKind | null;
  previousHoliday: HolidayKind | null;
}

export function toMoment(at: Date, holidays: HolidayCalendar): OpenAtMoment {
  const local = DateTime.fromJSDate(at, { zone: ZONE });
  const previous = local.minus({ days: 1 });
  const date = local.toISODate()!;
  const previousDate = previous.toISODate()!;
  return {
    at,
    date,
    previousDate,
    weekday: local.weekday - 1,
    previousWeekday: previous.weekday - 1,
    minute: local.hour * 60 + local.minute,
    holiday: holidays(date) ?? null,
    previousHoliday: holidays(previousDate) ?? null,
  };
}
