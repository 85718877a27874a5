// Reads the compact opening-hours notation of the demo content (see `HoursSeed`) into weekly
// HSDS schedule periods.
import type { HoursSeed } from './demo-types.js';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface WeeklyPeriod {
  /** RFC 5545 days in week order, e.g. `MO,TU,WE,TH,FR`. */
  byday: string;
  /** `HH:MM:SS`, as PostgreSQL returns a `time`. */
  opensAt: string;
  closesAt: string;
}

export function parseHours(hours: HoursSeed): WeeklyPeriod[] {
  if (hours.trim() === '24/7') return [{ byday: WEEKDAYS.join(','), opensAt: '00:00:00', closesAt: '23:59:59' }];
  return hours.split(';').flatMap((segment) => {
    const [days, ...periods] = segment.trim().split(/\s+/);
    if (!days || periods.length === 0) throw new Error(`Opening hours "${segment}" need days and at least one period`);
    const byday = parseDays(days);
    return periods.map((period) => {
      const match = /^(\d\d:\d\d(?::\d\d)?)-(\d\d:\d\d(?::\d\d)?)$/.exec(period);
      if (!match) throw new Error(`Opening period "${period}" is not HH:MM-HH:MM`);
      return { byday, opensAt: clock(match[1]), closesAt: clock(match[2]) };
    });
  });
}

function parseDays(days: string): string {
  const picked = new Set<number>();
  for (const part of days.split(',')) {
    const [from, to = from] = part.split('-').map((day) => WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]));
    if (from < 0 || to < 0 || to < from) throw new Error(`Days "${days}" are not RFC 5545 day codes`);
    for (let day = from; day <= to; day++) picked.add(day);
  }
  return WEEKDAYS.filter((_, index) => picked.has(index)).join(',');
}

function clock(time: string): string {
  const full = time.length === 5 ? `${time}:00` : time;
  const [hours, minutes, seconds] = full.split(':').map(Number);
  if (hours > 23 || minutes > 59 || seconds > 59) throw new Error(`Time ${time} is not a wall-clock time`);
  return full;
}
