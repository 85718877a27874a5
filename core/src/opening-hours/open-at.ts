// "Open at a moment" as the API's search filter decides it (openAtCondition in
// api/src/search/postgres/postgres-search.engine.ts), over hours compiled by the API's own
// opening-hours module; the status shown on a hit comes from that module's openingStatus().
import { DateTime } from 'luxon';
import { type CompiledHours, type HolidayKind, ZONE } from './opening-hours.js';
import type { OpenAtMoment } from './opening-moment.js';

/** `openAt` as the API parses it: ISO 8601, Brussels time without an offset; null when malformed. */
export function parseOpenAt(value: string): Date | null {
  const parsed = DateTime.fromISO(value, { zone: ZONE });
  return parsed.isValid ? parsed.toJSDate() : null;
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
