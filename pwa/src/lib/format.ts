// Numbers, times and dates in the UI language; times always in Antwerp's time zone, wherever
// the phone thinks it is.
export const TIME_ZONE = 'Europe/Brussels';

export function formatDistance(metres: number, language: string): string {
  if (metres < 1000) return `${new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(Math.round(metres / 10) * 10)} m`;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(metres / 1000)} km`;
}

export function formatTime(iso: string | Date, language: string): string {
  // 24-hour clock in every language, as Belgian opening hours are written.
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).format(
    new Date(iso),
  );
}

export function formatWeekdayTime(iso: string | Date, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

export function formatDate(iso: string | Date, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(new Date(iso));
}

export function formatDateTime(iso: string | Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: TIME_ZONE }).format(
    new Date(iso),
  );
}

/** "6 december, 14:02": the age of offline data, short enough for a banner on a phone. */
export function formatDayTime(iso: string | Date, language: string): string {
  const day = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
  return `${day}${language === 'ar' ? '، ' : ', '}${formatTime(iso, language)}`;
}

/** Whether `iso` lies on the same Brussels calendar day as `now`. */
export function isSameLocalDay(iso: string | Date, now: Date = new Date()): boolean {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(d);
  return day(new Date(iso)) === day(now);
}

export const STALE_AFTER_DAYS = 180;

/** Listings not verified for 180 days may be outdated (the moderators' rule too). */
export function isStale(lastVerifiedAt: string | null | undefined, now: Date = new Date()): boolean {
  if (!lastVerifiedAt) return true;
  return now.getTime() - new Date(lastVerifiedAt).getTime() > STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
}

/**
 * Joins names as a sentence of the language does ("Nederlands, Arabisch en Tarifit"; Arabic joins
 * with و, not a Latin comma): Intl.ListFormat, never a hard-coded ", ".
 */
export function formatList(items: string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}
