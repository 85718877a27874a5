// How a moderator reads a field's value in a diff (revision queue, history): text as it is, codes
// as their labels, opening hours as "ma 09:00–12:00, 13:00–17:00", lists one item per line, and
// anything unforeseen as compact JSON, so that nothing is hidden. Pure: the words come in through
// `t` (namespace `moderation`) and `taxonomy`, dates and language names from Intl.
import type { TFunction } from 'i18next';

export interface ValueFormatContext {
  t: TFunction<'moderation'>;
  taxonomy: TFunction<'taxonomy'>;
  /** The UI language, for dates, numbers and language names. */
  language: string;
}

/** The API's weekday codes (HSDS `byday`), Monday first. */
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value));

/** Metadata rows name columns (`last_verified_at`), revisions properties (`lastVerifiedAt`). */
export function fieldKey(field: string): string {
  return field.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export function fieldLabel(field: string, { t }: ValueFormatContext): string {
  return t(`fields.${fieldKey(field)}`, { defaultValue: field });
}

/** The value as text; lines are separated by "\n" (the diff table keeps them apart). */
export function formatValue(field: string, value: unknown, context: ValueFormatContext): string {
  const { t } = context;
  if (value === null || value === undefined || value === '') return t('values.empty');
  if (Array.isArray(value) && value.length === 0) return t('values.none');
  switch (fieldKey(field)) {
    case 'status':
      return typeof value === 'string' ? t(`serviceStatus.${value}`, { defaultValue: value }) : compact(value);
    case 'publicationState':
      return typeof value === 'string' ? t(`publicationState.${value}`, { defaultValue: value }) : compact(value);
    case 'translations':
      return isObject(value) ? formatTranslations(value, context) : compact(value);
    case 'openingHours':
      return isObject(value) ? formatOpeningHours(value, context) : compact(value);
    case 'languages':
      return Array.isArray(value) ? value.map((code) => languageName(text(code), context.language)).join(', ') : compact(value);
    case 'lifeDomains':
      return labelled(value, 'lifeDomain', context);
    case 'targetGroups':
      return labelled(value, 'targetGroup', context);
    case 'accessTerms':
      return labelled(value, 'access', context);
    case 'costs':
      return Array.isArray(value) ? value.map((cost) => formatCost(cost, context)).join('\n') : compact(value);
    case 'serviceArea':
      return Array.isArray(value) ? value.map((area) => formatArea(area, context)).join('\n') : compact(value);
    case 'locations':
      return Array.isArray(value) ? value.map((location) => formatLocation(location, context)).join('\n') : compact(value);
    case 'lastVerifiedAt':
      return typeof value === 'string' ? formatDateTime(value, context.language) : compact(value);
    default:
      return formatPlain(value, context);
  }
}

function formatPlain(value: unknown, context: ValueFormatContext): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? context.t('values.yes') : context.t('values.no');
  if (typeof value === 'number') return new Intl.NumberFormat(context.language).format(value);
  if (Array.isArray(value)) {
    const isFlat = value.every((item) => typeof item === 'string' || typeof item === 'number');
    return isFlat ? value.join(', ') : value.map(compact).join('\n');
  }
  return compact(value);
}

function compact(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function labelled(value: unknown, group: 'lifeDomain' | 'targetGroup' | 'access', { taxonomy }: ValueFormatContext): string {
  if (!Array.isArray(value)) return compact(value);
  return value.map((code) => taxonomy(`${group}.${text(code)}`, { defaultValue: text(code) })).join(', ');
}

function languageName(code: string, uiLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'none' }).of(code);
    if (name) return name;
  } catch {
    // Not a language code Intl knows: the code itself says enough.
  }
  return code;
}

/** `{ fr: { name: 'Médiation' } }` → "Frans – Naam: Médiation", one line per text. */
function formatTranslations(value: Json, context: ValueFormatContext): string {
  const lines = Object.entries(value).flatMap(([language, texts]) => {
    const prefix = languageName(language, context.language);
    if (!isObject(texts)) return [`${prefix}: ${compact(texts)}`];
    return Object.entries(texts).map(([field, translated]) => `${prefix} – ${fieldLabel(field, context)}: ${text(translated)}`);
  });
  return lines.length > 0 ? lines.join('\n') : context.t('values.none');
}

const time = (value: unknown) => text(value).slice(0, 5);

/** A date-only value (`YYYY-MM-DD`) in the UI language; anything else as it came. */
export function formatDate(value: unknown, language: string): string {
  const raw = text(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${raw}T00:00:00Z`),
  );
}

/** A moment, in Brussels time: what the moderators in Antwerp see on their own clock. */
export function formatDateTime(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(date);
}

function formatRange(from: unknown, to: unknown, context: ValueFormatContext): string {
  const start = from ? formatDate(from, context.language) : null;
  const end = to ? formatDate(to, context.language) : null;
  if (start && end) return start === end ? start : context.t('values.range', { from: start, to: end });
  if (start) return context.t('values.from', { date: start });
  if (end) return context.t('values.until', { date: end });
  return '';
}

/**
 * Weekly periods grouped by weekday (and by season, when a period has one), then the closures, a
 * temporary closure and whether the service opens on holidays.
 */
function formatOpeningHours(value: Json, context: ValueFormatContext): string {
  const { t } = context;
  const lines: string[] = [];
  const weekly = Array.isArray(value.weekly) ? value.weekly.filter(isObject) : [];
  for (const day of WEEKDAYS) {
    const periods = weekly.filter((period) => period.day === day).sort((a, b) => text(a.opens).localeCompare(text(b.opens)));
    const bySeason = new Map<string, string[]>();
    for (const period of periods) {
      const season = formatRange(period.validFrom, period.validTo, context);
      bySeason.set(season, [...(bySeason.get(season) ?? []), `${time(period.opens)}–${time(period.closes)}`]);
    }
    for (const [season, hours] of bySeason) {
      const line = `${t(`days.${day}`)} ${hours.join(', ')}`;
      lines.push(season ? `${line} (${season})` : line);
    }
  }
  const unknownDays = weekly.filter((period) => !(WEEKDAYS as readonly unknown[]).includes(period.day));
  lines.push(...unknownDays.map(compact));
  if (weekly.length === 0) lines.push(t('hours.noWeekly'));
  const closures = Array.isArray(value.closures) ? value.closures.filter(isObject) : [];
  for (const closure of closures) {
    const range = formatRange(closure.from, closure.to, context);
    lines.push(closure.reason ? t('hours.closureWithReason', { range, reason: text(closure.reason) }) : t('hours.closure', { range }));
  }
  if (isObject(value.temporaryClosure)) {
    const closure = value.temporaryClosure;
    const range = formatRange(closure.from, closure.to, context);
    lines.push(
      closure.message ? t('hours.temporaryWithMessage', { range, message: text(closure.message) }) : t('hours.temporary', { range }),
    );
  }
  if (typeof value.opensOnHolidays === 'boolean')
    lines.push(value.opensOnHolidays ? t('hours.openOnHolidays') : t('hours.closedOnHolidays'));
  return lines.join('\n');
}

function formatCost(cost: unknown, context: ValueFormatContext): string {
  if (!isObject(cost)) return compact(cost);
  const amount =
    typeof cost.amount === 'number'
      ? cost.amount === 0
        ? context.t('values.free')
        : new Intl.NumberFormat(context.language, { style: 'currency', currency: 'EUR' }).format(cost.amount)
      : null;
  const option = typeof cost.option === 'string' && cost.option ? cost.option : null;
  if (option && amount) return `${option}: ${amount}`;
  return option ?? amount ?? compact(cost);
}

function formatArea(area: unknown, context: ValueFormatContext): string {
  if (!isObject(area) || typeof area.scope !== 'string') return compact(area);
  const scope = context.t(`areaScope.${area.scope}`, { defaultValue: area.scope });
  return area.code ? `${scope}: ${text(area.code)}` : scope;
}

function formatLocation(location: unknown, context: ValueFormatContext): string {
  if (!isObject(location)) return compact(location);
  const place = [location.postalCode, location.city].filter(Boolean).map(text).join(' ');
  const parts = [location.name, location.address1].filter(Boolean).map(text);
  if (place) parts.push(place);
  const line = parts.length > 0 ? parts.join(', ') : compact(location);
  return location.id === null ? `${line} ${context.t('values.newLocation')}` : line;
}
