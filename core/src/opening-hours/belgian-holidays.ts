// Belgian holidays for any year, so opening hours never run out of them. The 10 legal holidays
// (law of 4 January 1974) are computed, three of them from Easter; what the law does not fix —
// the days off of Flemish and local-government staff (11 July, 2 November…), or a one-off day —
// comes from the reference file data/reference/holidays-be.json as rules (`parseHolidayRules`). A legal holiday on a Sunday is compensated
// by a day each employer chooses, so no replacement day is listed.

import type { HolidayKind } from './opening-hours.js';

/** The holiday's name by language code: Dutch and English at least. */
export interface HolidayName {
  nl: string;
  en: string;
  [language: string]: string;
}

/** A holiday on a local (Europe/Brussels) calendar date, `YYYY-MM-DD`. */
export interface DatedHoliday {
  date: string;
  name: HolidayName;
  kind: HolidayKind;
}

/** The days the law does not fix: every year on a month and day (`MM-DD`), or on one date. */
export interface HolidayRules {
  yearly: { monthDay: string; name: HolidayName; kind: HolidayKind }[];
  dates: DatedHoliday[];
}

const DAY_MS = 86_400_000;
const iso = (utcMs: number) => new Date(utcMs).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The 10 legal holidays of a year, in date order. */
export function belgianLegalHolidays(year: number): DatedHoliday[] {
  const easter = Date.parse(`${easterSunday(year)}T00:00:00Z`);
  const afterEaster = (days: number) => iso(easter + days * DAY_MS);
  const fixed = (monthDay: string) => `${year}-${monthDay}`;
  const legal = (date: string, nl: string, en: string): DatedHoliday => ({ date, name: { nl, en }, kind: 'legal' });
  return [
    legal(fixed('01-01'), 'Nieuwjaar', "New Year's Day"),
    legal(afterEaster(1), 'Paasmaandag', 'Easter Monday'),
    legal(fixed('05-01'), 'Dag van de Arbeid', 'Labour Day'),
    legal(afterEaster(39), 'O.L.H. Hemelvaart', 'Ascension Day'),
    legal(afterEaster(50), 'Pinkstermaandag', 'Whit Monday'),
    legal(fixed('07-21'), 'Nationale feestdag', 'National Day'),
    legal(fixed('08-15'), 'O.L.V. Hemelvaart', 'Assumption'),
    legal(fixed('11-01'), 'Allerheiligen', "All Saints' Day"),
    legal(fixed('11-11'), 'Wapenstilstand', 'Armistice Day'),
    legal(fixed('12-25'), 'Kerstmis', 'Christmas Day'),
  ];
}

/** The rules of the reference file (`yearly` with `month_day`, `dates`); throws naming what is wrong. */
export function parseHolidayRules(file: unknown): HolidayRules {
  const { yearly, dates } = (file ?? {}) as { yearly?: unknown; dates?: unknown };
  if (!Array.isArray(yearly) || !Array.isArray(dates)) throw new Error('holiday rules need a `yearly` and a `dates` list');
  const kinds = ['legal', 'public-sector'];
  const check = (rule: { kind?: unknown; name?: { nl?: unknown; en?: unknown } }, what: string) => {
    if (!kinds.includes(rule.kind as string)) throw new Error(`${what}: kind must be legal or public-sector`);
    if (typeof rule.name?.nl !== 'string' || typeof rule.name.en !== 'string') throw new Error(`${what}: name needs nl and en`);
  };
  return {
    yearly: (yearly as { month_day?: unknown; name: HolidayName; kind: HolidayKind }[]).map((rule) => {
      if (typeof rule.month_day !== 'string' || !/^(0\d|1[0-2])-([0-2]\d|3[01])$/.test(rule.month_day)) {
        throw new Error(`yearly holiday "${String(rule.month_day)}": month_day must be MM-DD`);
      }
      check(rule, `yearly holiday ${rule.month_day}`);
      return { monthDay: rule.month_day, name: rule.name, kind: rule.kind };
    }),
    dates: (dates as DatedHoliday[]).map((holiday) => {
      if (typeof holiday.date !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(holiday.date)) {
        throw new Error(`holiday "${String(holiday.date)}": date must be YYYY-MM-DD`);
      }
      check(holiday, `holiday ${holiday.date}`);
      return { date: holiday.date, name: holiday.name, kind: holiday.kind };
    }),
  };
}

/** Every holiday of a year: the legal ones and those of the rules; on a shared date the legal one counts. */
export function belgianHolidays(year: number, rules: HolidayRules): DatedHoliday[] {
  const byDate = new Map<string, DatedHoliday>();
  const add = (holiday: DatedHoliday) => {
    if (byDate.get(holiday.date)?.kind !== 'legal') byDate.set(holiday.date, holiday);
  };
  for (const rule of rules.yearly) add({ date: `${year}-${rule.monthDay}`, name: rule.name, kind: rule.kind });
  for (const holiday of rules.dates) if (holiday.date.startsWith(`${year}-`)) add(holiday);
  for (const holiday of belgianLegalHolidays(year)) byDate.set(holiday.date, holiday);
  return [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : 1));
}
