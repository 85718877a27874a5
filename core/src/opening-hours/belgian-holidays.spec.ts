import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { belgianHolidays, belgianLegalHolidays, easterSunday, parseHolidayRules, type DatedHoliday } from './belgian-holidays.js';

/** The repository's data folder, unless DATA_DIR says otherwise (as for the API). */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const rules = parseHolidayRules(
  JSON.parse(await readFile(resolve(repoRoot, process.env.DATA_DIR ?? 'data', 'reference/holidays-be.json'), 'utf8')),
);
/** The holiday file as it was before the computation: every day of 2025–2032, written out by hand. */
const listed = (
  JSON.parse(await readFile(new URL('./holidays-be-2025-2032.fixture.json', import.meta.url), 'utf8')) as { holidays: DatedHoliday[] }
).holidays;
const dates = (holidays: DatedHoliday[], kind?: string) => holidays.filter((h) => !kind || h.kind === kind).map((h) => h.date);

describe('Belgian holidays', () => {
  it('finds Easter Sunday by the Gregorian computus, also on its earliest and latest dates', () => {
    expect([2024, 2025, 2026, 2033, 2038, 2040, 2285].map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2033-04-17',
      '2038-04-25',
      '2040-04-01',
      '2285-03-22',
    ]);
  });

  it.each([
    [
      2026,
      [
        '2026-01-01',
        '2026-04-06',
        '2026-05-01',
        '2026-05-14',
        '2026-05-25',
        '2026-07-21',
        '2026-08-15',
        '2026-11-01',
        '2026-11-11',
        '2026-12-25',
      ],
    ],
    [
      2033,
      [
        '2033-01-01',
        '2033-04-18',
        '2033-05-01',
        '2033-05-26',
        '2033-06-06',
        '2033-07-21',
        '2033-08-15',
        '2033-11-01',
        '2033-11-11',
        '2033-12-25',
      ],
    ],
    [
      2040,
      [
        '2040-01-01',
        '2040-04-02',
        '2040-05-01',
        '2040-05-10',
        '2040-05-21',
        '2040-07-21',
        '2040-08-15',
        '2040-11-01',
        '2040-11-11',
        '2040-12-25',
      ],
    ],
  ])('has the 10 legal holidays of %i, Easter Monday, Ascension and Whit Monday included', (year, expected) => {
    const legal = belgianLegalHolidays(year);
    expect(dates(legal)).toEqual(expected);
    expect(legal.find((h) => h.name.en === 'Easter Monday')?.date).toBe(expected[1]);
    expect(legal.find((h) => h.name.en === 'Ascension Day')?.date).toBe(expected[3]);
    expect(legal.find((h) => h.name.en === 'Whit Monday')?.date).toBe(expected[4]);
  });

  it('adds the public-sector days of the reference file to any year, 2033 and 2040 too', () => {
    for (const year of [2026, 2033, 2040]) {
      expect(dates(belgianHolidays(year, rules), 'public-sector')).toEqual([
        `${year}-07-11`,
        `${year}-11-02`,
        `${year}-11-15`,
        `${year}-12-26`,
      ]);
      expect(belgianHolidays(year, rules)).toHaveLength(14);
    }
  });

  it('agrees, day, name and kind, with the file that listed every holiday of 2025–2032', () => {
    for (let year = 2025; year <= 2032; year++) {
      expect(belgianHolidays(year, rules)).toEqual(listed.filter((h) => h.date.startsWith(`${year}-`)));
    }
  });

  it('keeps the legal holiday when a rule falls on the same day, and takes one-off dates of their year only', () => {
    const own = {
      yearly: [{ monthDay: '12-25', name: { nl: 'Stadsfeest', en: 'City day' }, kind: 'public-sector' as const }],
      dates: [{ date: '2031-09-08', name: { nl: 'Sluitingsdag', en: 'Closing day' }, kind: 'public-sector' as const }],
    };
    expect(belgianHolidays(2031, own).find((h) => h.date === '2031-12-25')?.kind).toBe('legal');
    expect(dates(belgianHolidays(2031, own), 'public-sector')).toEqual(['2031-09-08']);
    expect(dates(belgianHolidays(2032, own), 'public-sector')).toEqual([]);
  });

  it('refuses rules it cannot read, naming what is wrong', () => {
    const name = { nl: 'x', en: 'x' };
    expect(() => parseHolidayRules({ holidays: [] })).toThrow(/yearly/);
    expect(() => parseHolidayRules({ yearly: [{ month_day: '7-11', name, kind: 'public-sector' }], dates: [] })).toThrow(/MM-DD/);
    expect(() => parseHolidayRules({ yearly: [{ month_day: '07-11', name, kind: 'city' }], dates: [] })).toThrow(/kind/);
    expect(() => parseHolidayRules({ yearly: [], dates: [{ date: '2031-9-8', name, kind: 'legal' }] })).toThrow(/YYYY-MM-DD/);
  });
});
