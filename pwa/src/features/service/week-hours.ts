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
  /** Open periods within this day; one running past midnight shows on both days, cut at midnight. */
  periods: { opens: Date; closes: Date; isToMidnight: boolean }[];
  holiday: { kind: HolidayKind; name?: string } | null;
}

interface HoursInput {
  schedules: ScheduleRule[];
  opensOnHolidays: boolean;
  followsPublicSectorCalendar: boolean;
}

/** The seven days from Monday of the week holding `now`; `hasHours` is false without any weekly hours. */
export function weekHours(
  service: HoursInput,
  holidays: { date: string; kind: HolidayKind; name?: Record<string, string> }[],
  language: string,
  now: Date = new Date(),
): { hasHours: boolean; days: DayHours[] } {
  const hours = compileOpeningHours(service.schedules, {
    opensOnHolidays: service.opensOnHolidays,
    followsPublicSectorCalendar: service.followsPublicSectorCalendar,
  });
  const local = DateTime.fromJSDate(now, { zone: ZONE });
  const today = local.toISODate();
  const monday = local.startOf('day').minus({ days: local.weekday - 1 });
  const intervals = openIntervals(hours, monday.toJSDate(), 8, holidayCalendar(holidays));
  const byDate = new Map(holidays.map((h) => [h.date, h]));
  const days: DayHours[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    const start = monday.plus({ days: weekday });
    const end = start.plus({ days: 1 });
    const date = start.toISODate()!;
    const holiday = byDate.get(date);
    const periods = intervals
      .filter((i) => i.start < end.toJSDate() && i.end > start.toJSDate())
      .map((i) => {
        const closes = i.end > end.toJSDate() ? end.toJSDate() : i.end;
        return {
          opens: i.start < start.toJSDate() ? start.toJSDate() : i.start,
          closes,
          isToMidnight: closes.getTime() === end.toMillis(),
        };
      });
    days.push({
      date,
      weekday,
      isToday: date === today,
      periods,
      holiday: holiday ? { kind: holiday.kind, name: holiday.name?.[language] ?? holiday.name?.nl } : null,
    });
  }
  return { hasHours: hours.periods.length > 0, days };
}
