// "Open at a moment" as the API's search filter decides it (openAtCondition in
// api/src/search/postgres/postgres-search.engine.ts), over hours compiled by the API's own
// opening-hours module; the status shown on a hit comes from that module's openingStatus().
import { DateTime } from 'luxon';
import {
  type CompiledHours,
  type HolidayCalendar,
  type HolidayKind,
  ZONE,
} from '../../../../api/src/modules/opening-hours/opening-hours.js';

/** A moment in Brussels wall-clock terms (the API's OpenAtMoment). */
export interface OpenAtMoment {
  at: Date;
  date: string;
  previousDate: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  previousWeekday: number;
  /** Minutes since local midnight. */
  minute: number;
  holiday: HolidayKind | null;
  previousHoliday: HolidayKind | null;
}

/** `openAt` as the API parses it: ISO 8601, Brussels time without an offset; null when malformed. */
export function parseOpenAt(value: string): Date | null {
  const parsed = DateTime.fromISO(value, { zone: ZONE });
  return parsed.isValid ? parsed.toJSDate() : null;
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

function isActiveOn(hours: CompiledHours, date: string, holiday: HolidayKind | null): boolean {
  if (holiday === 'legal' && !hours.opensOnHolidays) return false;
  if (holiday === 'public-sector' && !hours.opensOnHolidays && hours.followsPublicSectorCalendar) return false;
  return !hours.closures.some((c) => c.from <= date && c.to >= date);
}

/** A period of that weekday covers the minute, or one of the day before runs past midnight into it. */
export function isOpenAtMoment(hours: CompiledHours, moment: OpenAtMoment): boolean {
  let today: boolean | undefined;
  let yesterday: boolean | undefined;
  for (const p of hours.periods) {
    const isValidOn = (date: string) => (!p.validFrom || p.validFrom <= date) && (!p.validTo || p.validTo >= date);
    if (p.day === moment.weekday && p.opens <= moment.minute && moment.minute < p.closes && isValidOn(moment.date)) {
      today ??= isActiveOn(hours, moment.date, moment.holiday);
      if (today) return true;
    }
    if (p.day === moment.previousWeekday && p.closes > 1440 && moment.minute < p.closes - 1440 && isValidOn(moment.previousDate)) {
      yesterday ??= isActiveOn(hours, moment.previousDate, moment.previousHoliday);
      if (yesterday) return true;
    }
  }
  return false;
}
