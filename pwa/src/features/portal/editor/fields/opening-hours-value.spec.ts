import { describe, expect, it } from '@jest/globals';
import type { OpeningHoursValue, WeeklyPeriod } from '../listing-values';
import {
  addPeriod,
  copyDay,
  EMPTY_OPENING_HOURS,
  newPeriod,
  openingHoursProblems,
  removePeriod,
  replacePeriod,
  sortWeekly,
  todayInBrussels,
  validateOpeningHours,
  WEEKDAYS_AFTER_MONDAY,
} from './opening-hours-value';

const period = (day: WeeklyPeriod['day'], opens: string, closes: string, season: Partial<WeeklyPeriod> = {}): WeeklyPeriod => ({
  day,
  opens,
  closes,
  validFrom: null,
  validTo: null,
  ...season,
});
const hours = (weekly: WeeklyPeriod[], rest: Partial<OpeningHoursValue> = {}): OpeningHoursValue => ({
  ...EMPTY_OPENING_HOURS,
  weekly,
  ...rest,
});

describe('sortWeekly', () => {
  it('sorts by weekday (Monday first), then opening time, and keeps the period objects', () => {
    const sunday = period('SU', '10:00', '12:00');
    const mondayAfternoon = period('MO', '13:00', '17:00');
    const mondayMorning = period('MO', '09:00', '12:00');
    const sorted = sortWeekly([sunday, mondayAfternoon, mondayMorning]);
    expect(sorted).toEqual([mondayMorning, mondayAfternoon, sunday]);
    expect(sorted[0]).toBe(mondayMorning);
  });

  it('puts all-year periods after seasonal ones at the same time, as the API does', () => {
    const allYear = period('TU', '09:00', '12:00');
    const summer = period('TU', '09:00', '12:00', { validFrom: '2026-07-01', validTo: '2026-08-31' });
    expect(sortWeekly([allYear, summer])).toEqual([summer, allYear]);
  });
});

describe('adding, changing and removing periods', () => {
  it('opens a closed day from 09:00 to 17:00', () => {
    expect(newPeriod([], 'WE')).toEqual(period('WE', '09:00', '17:00'));
  });

  it('adds the afternoon of split hours an hour after the morning closes', () => {
    const morning = period('MO', '09:00', '12:00');
    const afternoon = newPeriod([morning], 'MO');
    expect(afternoon).toEqual(period('MO', '13:00', '17:00'));
    expect(addPeriod(hours([period('TU', '09:00', '17:00'), morning]), afternoon).weekly).toEqual([
      morning,
      afternoon,
      period('TU', '09:00', '17:00'),
    ]);
  });

  it('keeps a late new period after the last one and before midnight', () => {
    expect(newPeriod([period('FR', '18:00', '23:00')], 'FR')).toEqual(period('FR', '23:00', '23:59'));
    expect(newPeriod([period('FR', '18:00', '23:30')], 'FR')).toEqual(period('FR', '23:30', '23:59'));
  });

  it('re-sorts after a change and removes by place', () => {
    const value = hours([period('MO', '09:00', '12:00'), period('MO', '13:00', '17:00')]);
    const changed = replacePeriod(value, 1, period('MO', '07:00', '08:00'));
    expect(changed.weekly.map((p) => p.opens)).toEqual(['07:00', '09:00']);
    expect(removePeriod(changed, 0).weekly).toEqual([period('MO', '09:00', '12:00')]);
  });
});

describe('copyDay', () => {
  it('gives Tuesday to Friday the hours of Monday, replacing theirs, and leaves the weekend', () => {
    const value = hours([
      period('MO', '09:00', '12:00'),
      period('MO', '13:00', '17:00', { validFrom: '2026-01-01', validTo: null }),
      period('WE', '10:00', '11:00'),
      period('SA', '10:00', '12:00'),
    ]);
    const copied = copyDay(value, 'MO', WEEKDAYS_AFTER_MONDAY).weekly;
    expect(copied.filter((p) => p.day === 'WE')).toEqual([
      period('WE', '09:00', '12:00'),
      period('WE', '13:00', '17:00', { validFrom: '2026-01-01', validTo: null }),
    ]);
    expect(copied).toHaveLength(2 * 5 + 1);
    expect(copied.at(-1)).toEqual(period('SA', '10:00', '12:00'));
  });

  it('closes the other days when Monday is closed', () => {
    const copied = copyDay(hours([period('TU', '09:00', '12:00'), period('SU', '10:00', '12:00')]), 'MO', WEEKDAYS_AFTER_MONDAY);
    expect(copied.weekly).toEqual([period('SU', '10:00', '12:00')]);
  });
});

describe('openingHoursProblems', () => {
  it('accepts split hours, a period past midnight and a valid closure', () => {
    const value = hours([period('MO', '09:00', '12:00'), period('MO', '13:00', '17:00'), period('FR', '22:00', '02:00')], {
      closures: [{ from: '2026-12-24', to: '2026-12-26', reason: 'Kerst' }],
      temporaryClosure: { from: '2026-08-01', to: '2026-08-15', message: 'Verbouwing' },
    });
    expect(openingHoursProblems(value)).toEqual({});
  });

  it('names the closing time that equals the opening time', () => {
    expect(openingHoursProblems(hours([period('MO', '09:00', '17:00'), period('TH', '09:00', '09:00')]))).toEqual({
      'weekly.1.closes': 'closesAtOpens',
    });
  });

  it('names the later of two overlapping periods on a day, also one running past midnight', () => {
    expect(openingHoursProblems(hours([period('MO', '09:00', '13:00'), period('MO', '12:00', '17:00')]))).toEqual({
      'weekly.1.opens': 'overlaps',
    });
    expect(openingHoursProblems(hours([period('SA', '20:00', '02:00'), period('SA', '22:00', '23:00')]))).toEqual({
      'weekly.1.opens': 'overlaps',
    });
  });

  it('lets periods touch, and lets periods of different seasons overlap', () => {
    expect(openingHoursProblems(hours([period('MO', '09:00', '12:00'), period('MO', '12:00', '17:00')]))).toEqual({});
    const summer = { validFrom: '2026-07-01', validTo: '2026-08-31' };
    expect(openingHoursProblems(hours([period('MO', '09:00', '17:00'), period('MO', '10:00', '14:00', summer)]))).toEqual({});
  });

  it('names missing and malformed times, and a season that ends before it starts', () => {
    expect(
      openingHoursProblems(
        hours([
          period('MO', '', '12:00'),
          period('TU', '9:00', '25:00'),
          period('WE', '09:00', '12:00', { validFrom: '2026-09-01', validTo: '2026-06-30' }),
        ]),
      ),
    ).toEqual({
      'weekly.0.opens': 'timeRequired',
      'weekly.1.opens': 'timeInvalid',
      'weekly.1.closes': 'timeInvalid',
      'weekly.2.validTo': 'endBeforeStart',
    });
  });

  it('names closures without dates or ending before they start', () => {
    const value = hours([], {
      closures: [
        { from: '2026-05-02', to: '2026-05-01', reason: null },
        { from: '', to: '', reason: null },
      ],
    });
    expect(openingHoursProblems(value)).toEqual({
      'closures.0.to': 'endBeforeStart',
      'closures.1.from': 'dateRequired',
      'closures.1.to': 'dateRequired',
    });
  });

  it('asks a temporary closure for its message and an end date', () => {
    const value = hours([], { temporaryClosure: { from: '2026-03-01', to: '', message: '  ' } });
    expect(openingHoursProblems(value)).toEqual({ 'temporaryClosure.to': 'dateRequired', 'temporaryClosure.message': 'messageRequired' });
  });

  it('gives the problems the messages of the caller', () => {
    expect(validateOpeningHours(hours([period('MO', '10:00', '10:00')]), (problem) => `msg:${problem}`)).toEqual({
      'weekly.0.closes': 'msg:closesAtOpens',
    });
  });
});

describe('todayInBrussels', () => {
  it('is the date in Brussels, also when it is still the day before in UTC', () => {
    expect(todayInBrussels(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
