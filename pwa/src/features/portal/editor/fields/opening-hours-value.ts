// Pure edits and checks of an opening-hours value, unit-tested in Node. The sort order and the
// checks are the API's (api/src/modules/editing/service-parts.ts), so the editor finds the same
// problems before saving and the paths of its errors match the API's.
import {
  type Closure,
  type FieldErrors,
  type OpeningHoursValue,
  type TemporaryClosure,
  WEEKDAYS,
  type Weekday,
  type WeeklyPeriod,
} from '../listing-values';
import { removeAt, replaceAt } from './list-edit';

export const EMPTY_OPENING_HOURS: OpeningHoursValue = { weekly: [], closures: [], temporaryClosure: null, opensOnHolidays: false };

/** Tuesday to Friday: the days "copy Monday to weekdays" fills. */
export const WEEKDAYS_AFTER_MONDAY: readonly Weekday[] = ['TU', 'WE', 'TH', 'FR'];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const asTime = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/** Nulls last, as PostgreSQL and the API sort. */
function compare(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function comparePeriods(a: WeeklyPeriod, b: WeeklyPeriod): number {
  return (
    WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) ||
    compare(a.opens, b.opens) ||
    compare(a.closes, b.closes) ||
    compare(a.validFrom, b.validFrom) ||
    compare(a.validTo, b.validTo)
  );
}

/** By day (Monday first), then opening time; keeps the period objects (the editor keys rows by them). */
export function sortWeekly(weekly: readonly WeeklyPeriod[]): WeeklyPeriod[] {
  return [...weekly].sort(comparePeriods);
}

/** The periods of one day with their place in `weekly` (error paths use that place). */
export function periodsOfDay(weekly: readonly WeeklyPeriod[], day: Weekday): { period: WeeklyPeriod; index: number }[] {
  return weekly.flatMap((period, index) => (period.day === day ? [{ period, index }] : []));
}

/**
 * A new period for a day: 09:00–17:00 on a closed day, else an hour after the day's last period
 * (the afternoon of split hours), four hours long, before midnight.
 */
export function newPeriod(weekly: readonly WeeklyPeriod[], day: Weekday): WeeklyPeriod {
  const ends = periodsOfDay(weekly, day)
    .map(({ period }) => period)
    .filter((p) => TIME.test(p.opens) && TIME.test(p.closes) && minutes(p.closes) > minutes(p.opens))
    .map((p) => minutes(p.closes));
  if (ends.length === 0) return { day, opens: '09:00', closes: '17:00', validFrom: null, validTo: null };
  const lastEnd = Math.max(...ends);
  const opens = Math.max(lastEnd, Math.min(lastEnd + 60, 23 * 60));
  return { day, opens: asTime(opens), closes: asTime(Math.min(opens + 4 * 60, 23 * 60 + 59)), validFrom: null, validTo: null };
}

export function addPeriod(value: OpeningHoursValue, period: WeeklyPeriod): OpeningHoursValue {
  return { ...value, weekly: sortWeekly([...value.weekly, period]) };
}

export function replacePeriod(value: OpeningHoursValue, index: number, period: WeeklyPeriod): OpeningHoursValue {
  return { ...value, weekly: sortWeekly(replaceAt(value.weekly, index, period)) };
}

export function removePeriod(value: OpeningHoursValue, index: number): OpeningHoursValue {
  return { ...value, weekly: removeAt(value.weekly, index) };
}

/** Gives each of `to` the periods of `from` (seasonal dates included), replacing what they had. */
export function copyDay(value: OpeningHoursValue, from: Weekday, to: readonly Weekday[]): OpeningHoursValue {
  const source = periodsOfDay(value.weekly, from).map(({ period }) => period);
  const kept = value.weekly.filter((period) => !to.includes(period.day) || period.day === from);
  const copies = to.filter((day) => day !== from).flatMap((day) => source.map((period) => ({ ...period, day })));
  return { ...value, weekly: sortWeekly([...kept, ...copies]) };
}

export const newClosure = (): Closure => ({ from: '', to: '', reason: null });

/** `YYYY-MM-DD` in Brussels, where the service is: the default start of a temporary closure. */
export function todayInBrussels(now: Date = new Date()): string {
  // The Canadian English format is ISO's year-month-day.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const newTemporaryClosure = (today: string): TemporaryClosure => ({ from: today, to: '', message: '' });

export type OpeningHoursProblem =
  'timeRequired' | 'timeInvalid' | 'closesAtOpens' | 'overlaps' | 'dateRequired' | 'dateInvalid' | 'endBeforeStart' | 'messageRequired';

/**
 * What is wrong with the value, by path (`weekly.3.closes`). Closing before opening is not wrong:
 * the period runs past midnight. Periods overlap only when they are valid on the same dates (both
 * all year, or the same season); an overnight period counts until midnight, as the API counts it.
 */
export function openingHoursProblems(value: OpeningHoursValue): Record<string, OpeningHoursProblem> {
  const problems: Record<string, OpeningHoursProblem> = {};
  const time = (path: string, text: string) => {
    if (!text) problems[path] = 'timeRequired';
    else if (!TIME.test(text)) problems[path] = 'timeInvalid';
    return TIME.test(text);
  };
  const date = (path: string, text: string | null, isRequired: boolean) => {
    if (!text) {
      if (isRequired) problems[path] = 'dateRequired';
    } else if (!DATE.test(text)) problems[path] = 'dateInvalid';
    return Boolean(text && DATE.test(text));
  };
  const range = (fromPath: string, toPath: string, from: string | null, to: string | null, isRequired: boolean) => {
    const hasFrom = date(fromPath, from, isRequired);
    if (date(toPath, to, isRequired) && hasFrom && (to ?? '') < (from ?? '')) problems[toPath] = 'endBeforeStart';
  };

  const usable: { period: WeeklyPeriod; index: number }[] = [];
  value.weekly.forEach((period, index) => {
    const path = `weekly.${index}`;
    const hasOpens = time(`${path}.opens`, period.opens);
    const hasCloses = time(`${path}.closes`, period.closes);
    range(`${path}.validFrom`, `${path}.validTo`, period.validFrom, period.validTo, false);
    if (hasOpens && hasCloses && period.opens === period.closes) problems[`${path}.closes`] = 'closesAtOpens';
    else if (hasOpens && hasCloses) usable.push({ period, index });
  });
  const end = (p: WeeklyPeriod) => (minutes(p.closes) <= minutes(p.opens) ? 24 * 60 : minutes(p.closes));
  for (const { period: p, index: i } of usable) {
    const overlaps = usable.some(
      ({ period: q, index: j }) =>
        j < i &&
        q.day === p.day &&
        q.validFrom === p.validFrom &&
        q.validTo === p.validTo &&
        minutes(p.opens) < end(q) &&
        minutes(q.opens) < end(p),
    );
    if (overlaps) problems[`weekly.${i}.opens`] = 'overlaps';
  }

  value.closures.forEach((closure, index) => range(`closures.${index}.from`, `closures.${index}.to`, closure.from, closure.to, true));
  const temporary = value.temporaryClosure;
  if (temporary) {
    range('temporaryClosure.from', 'temporaryClosure.to', temporary.from, temporary.to, true);
    if (!temporary.message.trim()) problems['temporaryClosure.message'] = 'messageRequired';
  }
  return problems;
}

/** The problems as field errors, with the messages `message` gives them (translated). */
export function validateOpeningHours(value: OpeningHoursValue, message: (problem: OpeningHoursProblem) => string): FieldErrors {
  return Object.fromEntries(Object.entries(openingHoursProblems(value)).map(([path, problem]) => [path, message(problem)]));
}
