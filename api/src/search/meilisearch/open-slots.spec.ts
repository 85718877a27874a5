// The two-step `openAt` of the Meilisearch engine against the opening-hours module: for hours of
// every shape and moments every 5 minutes over weeks with holidays and both DST switches, "decided
// open by the slot filter, or a candidate that the exact check keeps" is exactly `isOpenAt`.
// The filter strings are evaluated here as Meilisearch would (`=` on an array: contains).
import { describe, expect, it } from '@jest/globals';
import { compileOpeningHours, type HolidayKind, isOpenAt, type ScheduleRule, toMoment } from '@sociale-kaart/core';
import { isOpenAtMoment, openAtFilters, slotFields } from './open-slots.js';

type Fields = ReturnType<typeof slotFields> & { opensOnHolidays: boolean; followsPublicSectorCalendar: boolean };

/** Evaluates the small filter language open-slots.ts writes: `name = value`, AND, OR, parentheses. */
function matches(filter: string, fields: Fields): boolean {
  const tokens = filter.match(/\(|\)|AND|OR|\w+ = \w+/g)!;
  let at = 0;
  const factor = (): boolean => {
    const token = tokens[at++];
    if (token === '(') {
      const value = or();
      at++; // ')'
      return value;
    }
    const [name, value] = token.split(' = ') as [keyof Fields, string];
    const field = fields[name];
    return Array.isArray(field) ? field.includes(Number(value)) : String(field) === value;
  };
  const and = (): boolean => {
    let value = factor();
    while (tokens[at] === 'AND') {
      at++;
      value = factor() && value;
    }
    return value;
  };
  const or = (): boolean => {
    let value = and();
    while (tokens[at] === 'OR') {
      at++;
      value = and() || value;
    }
    return value;
  };
  return or();
}

const week = (opensAt: string, closesAt: string, byday = 'MO,TU,WE,TH,FR'): ScheduleRule => ({ freq: 'WEEKLY', byday, opensAt, closesAt });

const SHAPES: Record<string, ScheduleRule[]> = {
  'office hours with a lunch break': [week('09:00:00', '12:00:00'), week('13:00:00', '17:00:00')],
  'odd minutes': [week('09:10:00', '11:50:00'), week('13:07:00', '16:53:00', 'SA')],
  'overnight shelter': [week('20:00:00', '08:00:00', 'MO,TU,WE,TH,FR,SA,SU')],
  'around the clock': [week('00:00:00', '23:59:59', 'MO,TU,WE,TH,FR,SA,SU')],
  'a winter schedule': [{ ...week('18:00:00', '02:30:00'), validFrom: '2026-11-15', validTo: '2027-03-15' }],
  'a closure': [week('09:00:00', '17:00:00'), { validFrom: '2026-12-24', validTo: '2026-12-31' }],
  'the DST night': [week('01:00:00', '04:00:00', 'SA,SU'), week('02:15:00', '02:45:00', 'SU')],
};

const HOLIDAYS: Record<string, HolidayKind> = {
  '2026-07-11': 'public-sector',
  '2026-11-11': 'legal',
  '2026-12-25': 'legal',
  '2027-03-28': 'legal',
};
const holidays = (date: string) => HOLIDAYS[date];

/** Every 10 minutes (and 7 past each quarter, for odd boundaries) over 3 days from `from`. */
function moments(from: string): Date[] {
  const start = Date.parse(from);
  return Array.from({ length: 3 * 24 * 6 }, (_, i) => new Date(start + i * 10 * 60_000 + (i % 3 === 1 ? 7 * 60_000 : 0)));
}

const PERIODS = [
  ['around 11 July', '2026-07-10T00:00:00+02:00'],
  ['the autumn DST switch', '2026-10-24T00:00:00+02:00'],
  ['a winter schedule starting and 11 November', '2026-11-10T00:00:00+01:00'],
  ['Christmas and a closure', '2026-12-23T00:00:00+01:00'],
  ['the spring DST switch', '2027-03-27T00:00:00+01:00'],
] as const;

const POLICIES = [
  { opensOnHolidays: false, followsPublicSectorCalendar: true },
  { opensOnHolidays: true, followsPublicSectorCalendar: false },
  { opensOnHolidays: false, followsPublicSectorCalendar: false },
];

describe('openAt in Meilisearch: slot filter plus exact check equals isOpenAt', () => {
  it.each(PERIODS)('%s', (_label, from) => {
    const asked = moments(from).map((at) => ({ at, moment: toMoment(at, holidays) }));
    const queries = asked.map(({ at, moment }) => ({ at, moment, ...openAtFilters(moment) }));
    for (const [shape, schedules] of Object.entries(SHAPES)) {
      for (const policy of POLICIES) {
        const hours = compileOpeningHours(schedules, policy);
        const fields: Fields = { ...slotFields(hours), ...policy };
        const wrong = queries.filter(({ at, moment, decided, candidates }) => {
          const isOpen = isOpenAt(hours, at, holidays);
          const isDecided = decided !== null && matches(decided, fields);
          // A service decided open in Meilisearch must be open without the check.
          if (isDecided) return !isOpen;
          return (matches(candidates, fields) && isOpenAtMoment(hours, moment)) !== isOpen;
        });
        expect({ shape, policy, wrong: wrong.map(({ at }) => at.toISOString()) }).toEqual({ shape, policy, wrong: [] });
      }
    }
  });
});
