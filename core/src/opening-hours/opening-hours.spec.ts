import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compileOpeningHours,
  holidayCalendar,
  isOpenAt,
  nextOpening,
  openIntervals,
  openingStatus,
  type OpeningPolicy,
  type ScheduleRule,
} from './opening-hours.js';
import { belgianHolidays, parseHolidayRules } from './belgian-holidays.js';

/** The repository's data folder, unless DATA_DIR says otherwise (as for the API). */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const holidaysFile = resolve(repoRoot, process.env.DATA_DIR ?? 'data', 'reference/holidays-be.json');
const rules = parseHolidayRules(JSON.parse(await readFile(holidaysFile, 'utf8')));
const holidays = holidayCalendar([2025, 2026, 2027].flatMap((year) => belgianHolidays(year, rules)));
const regular: OpeningPolicy = { opensOnHolidays: false, followsPublicSectorCalendar: false };
const cityService: OpeningPolicy = { opensOnHolidays: false, followsPublicSectorCalendar: true };
const alwaysOpenOnHolidays: OpeningPolicy = { opensOnHolidays: true, followsPublicSectorCalendar: true };

const weekdays = 'MO,TU,WE,TH,FR';
/** A local Brussels wall-clock time as an instant; the offset is given so a test cannot be wrong about DST. */
const at = (local: string, offset: '+01:00' | '+02:00') => new Date(`${local}${offset}`);

function open(schedules: ScheduleRule[], policy: OpeningPolicy, instant: Date): boolean {
  return isOpenAt(compileOpeningHours(schedules, policy), instant, holidays);
}

describe('weekly hours', () => {
  const office = [{ byday: weekdays, opensAt: '09:00:00', closesAt: '17:00:00' }];

  it('is open inside and closed outside the hours, opening inclusive and closing exclusive', () => {
    expect(open(office, regular, at('2026-11-24T09:00', '+01:00'))).toBe(true);
    expect(open(office, regular, at('2026-11-24T16:59', '+01:00'))).toBe(true);
    expect(open(office, regular, at('2026-11-24T17:00', '+01:00'))).toBe(false);
    expect(open(office, regular, at('2026-11-24T08:59', '+01:00'))).toBe(false);
    expect(open(office, regular, at('2026-11-28T10:00', '+01:00'))).toBe(false);
  });

  it('evaluates in Brussels time, not UTC', () => {
    // 08:30 UTC is 09:30 in Brussels in winter.
    expect(open(office, regular, new Date('2026-11-24T08:30:00Z'))).toBe(true);
    // 15:30 UTC is 17:30 in Brussels in summer.
    expect(open(office, regular, new Date('2026-06-23T15:30:00Z'))).toBe(false);
  });

  it('handles split days: closed over lunch', () => {
    const split = [
      { byday: weekdays, opensAt: '09:00:00', closesAt: '12:00:00' },
      { byday: weekdays, opensAt: '13:30:00', closesAt: '16:30:00' },
    ];
    expect(open(split, regular, at('2026-11-24T11:59', '+01:00'))).toBe(true);
    expect(open(split, regular, at('2026-11-24T12:30', '+01:00'))).toBe(false);
    expect(open(split, regular, at('2026-11-24T13:30', '+01:00'))).toBe(true);
    const status = openingStatus(compileOpeningHours(split, regular), at('2026-11-24T12:30', '+01:00'), holidays);
    expect(status).toEqual({ isOpen: false, closesAt: null, nextOpensAt: at('2026-11-24T13:30', '+01:00') });
  });

  it('opens on Saturday when the schedule says so', () => {
    const saturday = [{ byday: 'SA', opensAt: '10:00:00', closesAt: '13:00:00' }];
    expect(open(saturday, regular, at('2026-11-28T11:00', '+01:00'))).toBe(true);
    expect(open(saturday, regular, at('2026-11-27T11:00', '+01:00'))).toBe(false);
    expect(nextOpening(compileOpeningHours(saturday, regular), at('2026-11-24T11:00', '+01:00'), holidays)).toEqual(
      at('2026-11-28T10:00', '+01:00'),
    );
  });

  it('keeps evening hours', () => {
    const evening = [{ byday: 'TH', opensAt: '18:00:00', closesAt: '21:00:00' }];
    expect(open(evening, regular, at('2026-11-26T20:30', '+01:00'))).toBe(true);
    expect(open(evening, regular, at('2026-11-26T21:00', '+01:00'))).toBe(false);
  });
});

describe('past midnight and around the clock', () => {
  const shelter = [{ byday: 'MO,TU,WE,TH,FR,SA,SU', opensAt: '23:00:00', closesAt: '07:00:00' }];

  it('keeps a 23:00–07:00 night shelter open through the night', () => {
    expect(open(shelter, alwaysOpenOnHolidays, at('2026-11-24T23:30', '+01:00'))).toBe(true);
    expect(open(shelter, alwaysOpenOnHolidays, at('2026-11-25T03:00', '+01:00'))).toBe(true);
    expect(open(shelter, alwaysOpenOnHolidays, at('2026-11-25T07:00', '+01:00'))).toBe(false);
    expect(open(shelter, alwaysOpenOnHolidays, at('2026-11-25T12:00', '+01:00'))).toBe(false);
  });

  it('runs a Friday night into Saturday morning only when Friday has hours', () => {
    const fridayNight = [{ byday: 'FR', opensAt: '22:00:00', closesAt: '06:00:00' }];
    expect(open(fridayNight, regular, at('2026-11-28T05:00', '+01:00'))).toBe(true);
    expect(open(fridayNight, regular, at('2026-11-29T05:00', '+01:00'))).toBe(false);
  });

  it('is always open with 00:00–23:59:59 on all seven days, and never "closes"', () => {
    const helpline = [{ byday: 'MO,TU,WE,TH,FR,SA,SU', opensAt: '00:00:00', closesAt: '23:59:59' }];
    const hours = compileOpeningHours(helpline, alwaysOpenOnHolidays);
    for (const instant of [at('2026-11-24T23:59:30', '+01:00'), at('2026-11-25T00:00', '+01:00'), at('2026-12-25T12:00', '+01:00')]) {
      expect(isOpenAt(hours, instant, holidays)).toBe(true);
    }
    expect(openingStatus(hours, at('2026-11-24T12:00', '+01:00'), holidays).closesAt).toBeNull();
  });
});

describe('holidays', () => {
  const office = [{ byday: weekdays, opensAt: '09:00:00', closesAt: '17:00:00' }];

  it('closes on 25 December (legal) unless the service opens on holidays', () => {
    expect(open(office, regular, at('2026-12-25T10:00', '+01:00'))).toBe(false);
    expect(open(office, alwaysOpenOnHolidays, at('2026-12-25T10:00', '+01:00'))).toBe(true);
    expect(nextOpening(compileOpeningHours(office, regular), at('2026-12-25T10:00', '+01:00'), holidays)).toEqual(
      at('2026-12-28T09:00', '+01:00'),
    );
  });

  it('closes on Easter Monday 2026 (6 April)', () => {
    expect(open(office, regular, at('2026-04-06T10:00', '+02:00'))).toBe(false);
    expect(open(office, regular, at('2026-04-07T10:00', '+02:00'))).toBe(true);
  });

  it('closes a city service on 11 July (public-sector day), not a private one', () => {
    const saturdays = [{ byday: 'SA', opensAt: '09:00:00', closesAt: '12:00:00' }];
    // 11 July 2026 is a Saturday.
    expect(open(saturdays, cityService, at('2026-07-11T10:00', '+02:00'))).toBe(false);
    expect(open(saturdays, regular, at('2026-07-11T10:00', '+02:00'))).toBe(true);
  });
});

describe('validity and closures', () => {
  it('applies a schedule only between validFrom and validTo (a winter shelter)', () => {
    const winter = [
      { byday: 'MO,TU,WE,TH,FR,SA,SU', opensAt: '20:00:00', closesAt: '08:00:00', validFrom: '2026-11-15', validTo: '2027-03-31' },
    ];
    expect(open(winter, alwaysOpenOnHolidays, at('2026-11-20T22:00', '+01:00'))).toBe(true);
    expect(open(winter, alwaysOpenOnHolidays, at('2026-11-10T22:00', '+01:00'))).toBe(false);
    // The night that starts on the last valid day runs until the next morning.
    expect(open(winter, alwaysOpenOnHolidays, at('2027-04-01T07:00', '+02:00'))).toBe(true);
    expect(open(winter, alwaysOpenOnHolidays, at('2027-04-01T22:00', '+02:00'))).toBe(false);
  });

  it('is closed during an exceptional closure (a schedule with dates and no hours)', () => {
    const hours = [
      { byday: weekdays, opensAt: '09:00:00', closesAt: '17:00:00' },
      { validFrom: '2026-11-30', validTo: '2026-12-02' },
    ];
    expect(open(hours, regular, at('2026-12-01T10:00', '+01:00'))).toBe(false);
    expect(open(hours, regular, at('2026-12-03T10:00', '+01:00'))).toBe(true);
    expect(nextOpening(compileOpeningHours(hours, regular), at('2026-11-30T08:00', '+01:00'), holidays)).toEqual(
      at('2026-12-03T09:00', '+01:00'),
    );
  });
});

describe('daylight-saving switch days', () => {
  const shelter = [{ byday: 'MO,TU,WE,TH,FR,SA,SU', opensAt: '23:00:00', closesAt: '07:00:00' }];

  it('last Sunday of March (29 March 2026): the night is an hour shorter, wall-clock hours hold', () => {
    // 01:30 is before the switch (UTC+1), 05:00 after it (UTC+2).
    expect(open(shelter, alwaysOpenOnHolidays, at('2026-03-29T01:30', '+01:00'))).toBe(true);
    expect(open(shelter, alwaysOpenOnHolidays, at('2026-03-29T06:59', '+02:00'))).toBe(true);
    expect(open(shelter, alwaysOpenOnHolidays, at('2026-03-29T07:00', '+02:00'))).toBe(false);
    const hours = compileOpeningHours(shelter, alwaysOpenOnHolidays);
    const status = openingStatus(hours, at('2026-03-29T01:30', '+01:00'), holidays);
    expect(status.closesAt).toEqual(at('2026-03-29T07:00', '+02:00'));
    expect(status.closesAt!.getTime() - at('2026-03-28T23:00', '+01:00').getTime()).toBe(7 * 3600_000);
  });

  it('last Sunday of October (25 October 2026): the night is an hour longer, 09:00 is still 09:00', () => {
    expect(open(shelter, alwaysOpenOnHolidays, at('2026-10-25T02:30', '+02:00'))).toBe(true);
    expect(open(shelter, alwaysOpenOnHolidays, at('2026-10-25T02:30', '+01:00'))).toBe(true);
    expect(open(shelter, alwaysOpenOnHolidays, at('2026-10-25T07:00', '+01:00'))).toBe(false);
    const office = [{ byday: 'SU', opensAt: '09:00:00', closesAt: '12:00:00' }];
    expect(nextOpening(compileOpeningHours(office, regular), at('2026-10-25T00:30', '+02:00'), holidays)).toEqual(
      at('2026-10-25T09:00', '+01:00'),
    );
  });

  it('an opening time skipped by the spring switch moves to the first valid minute', () => {
    const early = [{ byday: 'SU', opensAt: '02:30:00', closesAt: '05:00:00' }];
    expect(open(early, alwaysOpenOnHolidays, at('2026-03-29T03:45', '+02:00'))).toBe(true);
  });
});

describe('one moment, several calendars', () => {
  it('judges the same moment against each calendar given (nothing of one call leaks into the next)', () => {
    const office = compileOpeningHours([{ byday: weekdays, opensAt: '09:00:00', closesAt: '17:00:00' }], regular);
    const moment = at('2026-12-24T10:00', '+01:00');
    const extra = holidayCalendar([{ date: '2026-12-24', kind: 'legal' }]);
    expect(openingStatus(office, moment, holidays).isOpen).toBe(true);
    expect(openingStatus(office, moment, extra)).toEqual({ isOpen: false, closesAt: null, nextOpensAt: at('2026-12-25T09:00', '+01:00') });
    expect(openingStatus(office, moment, holidays).isOpen).toBe(true);
    // From the day before to the day after: 24 December left out as a holiday of this calendar only.
    expect(openIntervals(office, moment, 1, extra)).toEqual([
      { start: at('2026-12-23T09:00', '+01:00'), end: at('2026-12-23T17:00', '+01:00') },
      { start: at('2026-12-25T09:00', '+01:00'), end: at('2026-12-25T17:00', '+01:00') },
    ]);
  });
});
