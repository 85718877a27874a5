// This week's opening hours of a service, day by day, as they really are: holidays and closures
// included (the same evaluation as the API's, from api/src/modules/opening-hours).
import { DateTime } from 'luxon';
import { compileOpeningHours, holidayCalendar, openIntervals, type HolidayKind, type ScheduleRule } from '@sociale-kaart/core';

const ZONE = 'Europe/Brussels';

export interface DayHours {
  /** `YYYY-MM-DD`, Brussels. */
  date: string;
  /** 0 = Monday. */
  weekday: number;
  isToday: boolean;
  /**
   * Open periods starting this day. One running past midnight keeps its real closing time
   * ("21:00–08:00", shown once, on the day it starts); a day open throughout runs to midnight.
   */
  periods: { opens: Date; closes: Date; isToMidnight: boolean }[];
  holiday: { kind: HolidayKind; name?: string } | null;
}

interface HoursInput {
  schedules: ScheduleRule[];
  opensOnHolidays: boolean;
  followsPublicSectorCalendar: boolean;
}

/**
 * The seven days from Monday of the week holding `now` (or from today, with `fromToday`: a printed
 * referral card looks ahead); `hasHours` is false without any weekly hours.
 */
export function weekHours(
  service: HoursInput,
  holidays: { date: string; kind: HolidayKind; name?: Record<string, string> }[],
  language: string,
  now: Date = new Date(),
  { fromToday = false }: { fromToday?: boolean } = {},
): { hasHours: boolean; days: DayHours[] } {
  const hours = compileOpeningHours(service.schedules, {
    opensOnHolidays: service.opensOnHolidays,
    followsPublicSectorCalendar: service.followsPublicSectorCalendar,
  });
  const local = DateTime.fromJSDate(now, { zone: ZONE });
  const today = local.toISODate();
  const monday = fromToday ? local.startOf('day') : local.startOf('day').minus({ days: local.weekday - 1 });
  const intervals = openIntervals(hours, monday.toJSDate(), 8, holidayCalendar(holidays));
  const byDate = new Map(holidays.map((h) => [h.date, h]));
  const days: DayHours[] = [];
  for (let offset = 0; offset < 7; offset++) {
    const start = monday.plus({ days: offset });
    const end = start.plus({ days: 1 });
    const date = start.toISODate()!;
    const holiday = byDate.get(date);
    const [dayStart, dayEnd] = [start.toJSDate(), end.toJSDate()];
    const periods = intervals
      .filter((i) => i.start < dayEnd && i.end > dayStart)
      // A period begun the day before is that day's (shown there as one range), unless that day is not shown.
      .filter((i) => i.start >= dayStart || offset === 0 || i.end >= dayEnd)
      .map((i) => {
        const opens = i.start < dayStart ? dayStart : i.start;
        // More than one night long (around the clock): each day shows itself, to midnight.
        const isToMidnight = i.end >= dayEnd && (i.start <= dayStart || i.end.getTime() - i.start.getTime() >= 24 * 3600_000);
        return { opens, closes: isToMidnight ? dayEnd : i.end, isToMidnight };
      });
    days.push({
      date,
      weekday: start.weekday - 1,
      isToday: date === today,
      periods,
      holiday: holiday ? { kind: holiday.kind, name: holiday.name?.[language] ?? holiday.name?.nl } : null,
    });
  }
  return { hasHours: hours.periods.length > 0, days };
}
