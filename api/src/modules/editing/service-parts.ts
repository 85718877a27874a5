// A service's child rows as editing sees them: opening hours (schedules and the holiday rule),
// languages, life domains, target groups, costs, service area and locations. Each part is one
// value, compared, proposed, recorded and rolled back as a whole, like a text field. This module
// reads the rows into that value, canonical: the same facts always give the same value, so a diff
// finds only real changes. Checks of proposed values: service-parts.checks.ts; writing a value
// back as rows: service-parts.writer.ts.
import { TAXONOMY } from '../../database/seeds/reference-seed.js';

export const PART_FIELDS = ['openingHours', 'languages', 'lifeDomains', 'targetGroups', 'costs', 'serviceArea', 'locations'] as const;
export type PartField = (typeof PART_FIELDS)[number];

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklyPeriodValue {
  day: Weekday;
  /** `HH:MM`, Europe/Brussels. */
  opens: string;
  /** Before `opens`: runs past midnight. */
  closes: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface ClosureValue {
  from: string;
  to: string;
  reason: string | null;
}

export interface TemporaryClosureValue {
  from: string;
  to: string;
  message: string;
}

export interface OpeningHoursValue {
  weekly: WeeklyPeriodValue[];
  closures: ClosureValue[];
  temporaryClosure: TemporaryClosureValue | null;
  opensOnHolidays: boolean;
}

export interface CostValue {
  option: string | null;
  amount: number | null;
}

export const AREA_SCOPE_ORDER = ['city', 'district', 'wijk', 'postcode'] as const;
export interface AreaValue {
  scope: (typeof AREA_SCOPE_ORDER)[number];
  code: string | null;
}

export interface LocationValue {
  id: string | null;
  name: string | null;
  address1: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface PartValues {
  openingHours: OpeningHoursValue;
  languages: string[];
  lifeDomains: string[];
  targetGroups: string[];
  costs: CostValue[];
  serviceArea: AreaValue[];
  locations: LocationValue[];
}

/** Marks the schedule row of a temporary closure (`schedule.notes`); other closures have none. */
export const TEMPORARY_CLOSURE_NOTE = 'temporary-closure';
/** The access term that says a service opens on legal holidays. */
export const ACCESS_OPEN_ON_HOLIDAYS = 'open-op-feestdagen';

// ---------------------------------------------------------------- reading

/** Select-list items (over `service s`) that {@link partsFromRow} turns into {@link PartValues}. */
export const PART_COLUMNS = `
  coalesce((SELECT json_agg(json_build_object('freq', sc.freq, 'byday', sc.byday, 'opensAt', sc.opens_at, 'closesAt', sc.closes_at,
      'validFrom', sc.valid_from, 'validTo', sc.valid_to, 'description', sc.description, 'notes', sc.notes))
    FROM schedule sc WHERE sc.service_id = s.id), '[]') AS "partSchedules",
  EXISTS (SELECT 1 FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
    WHERE a.service_id = s.id AND t.taxonomy = '${TAXONOMY.access}' AND t.code = '${ACCESS_OPEN_ON_HOLIDAYS}') AS "partOpensOnHolidays",
  ARRAY(SELECT l.code FROM language l WHERE l.service_id = s.id) AS "partLanguages",
  ARRAY(SELECT t.code FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
    WHERE a.service_id = s.id AND t.taxonomy = '${TAXONOMY.lifeDomain}') AS "partLifeDomains",
  ARRAY(SELECT t.code FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
    WHERE a.service_id = s.id AND t.taxonomy = '${TAXONOMY.targetGroup}') AS "partTargetGroups",
  coalesce((SELECT json_agg(json_build_object('option', c.option, 'amount', c.amount::float8)) FROM cost_option c
    WHERE c.service_id = s.id), '[]') AS "partCosts",
  coalesce((SELECT json_agg(json_build_object('scope', a.scope, 'code', a.code)) FROM service_area a WHERE a.service_id = s.id), '[]')
    AS "partServiceArea",
  coalesce((SELECT json_agg(json_build_object('id', l.id, 'name', l.name, 'latitude', l.latitude, 'longitude', l.longitude,
      'address1', ad.address_1, 'postalCode', ad.postal_code, 'city', ad.city))
    FROM service_at_location sal JOIN location l ON l.id = sal.location_id
    LEFT JOIN LATERAL (SELECT * FROM address x WHERE x.location_id = l.id ORDER BY x.id LIMIT 1) ad ON true
    WHERE sal.service_id = s.id), '[]') AS "partLocations"`;

interface ScheduleRow {
  freq: string | null;
  byday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  description: string | null;
  notes: string | null;
}

const hhmm = (time: string) => time.slice(0, 5);

/**
 * Schedules as the weekly editor shows them: one period per day (a rule `MO,TU` with times is two
 * periods), dated rules without times as closures. Rules with times but no weekday cannot be shown
 * in a weekly editor and are left out (opening hours ignore them too, see opening-hours.ts).
 */
export function openingHoursFromRows(rows: ScheduleRow[], opensOnHolidays: boolean): OpeningHoursValue {
  const weekly: WeeklyPeriodValue[] = [];
  const closures: ClosureValue[] = [];
  let temporaryClosure: TemporaryClosureValue | null = null;
  for (const row of rows) {
    if (row.opensAt && row.closesAt) {
      for (const day of (row.byday ?? '').split(',').map((d) => d.trim().toUpperCase())) {
        if ((WEEKDAYS as readonly string[]).includes(day)) {
          weekly.push({
            day: day as Weekday,
            opens: hhmm(row.opensAt),
            closes: hhmm(row.closesAt),
            validFrom: row.validFrom,
            validTo: row.validTo,
          });
        }
      }
    } else if (row.validFrom && !row.opensAt && !row.closesAt) {
      const to = row.validTo ?? row.validFrom;
      if (row.notes === TEMPORARY_CLOSURE_NOTE && !temporaryClosure) {
        temporaryClosure = { from: row.validFrom, to, message: row.description ?? '' };
      } else {
        closures.push({ from: row.validFrom, to, reason: row.description });
      }
    }
  }
  return canonicalOpeningHours({ weekly, closures, temporaryClosure, opensOnHolidays });
}

export function partsFromRow(row: Record<string, unknown>): PartValues {
  return canonicalParts({
    openingHours: openingHoursFromRows(row.partSchedules as ScheduleRow[], row.partOpensOnHolidays as boolean),
    languages: row.partLanguages as string[],
    lifeDomains: row.partLifeDomains as string[],
    targetGroups: row.partTargetGroups as string[],
    costs: row.partCosts as CostValue[],
    serviceArea: row.partServiceArea as AreaValue[],
    locations: row.partLocations as LocationValue[],
  });
}

// ---------------------------------------------------------------- canonical form

const compare = (a: string | number | null, b: string | number | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
const byKeys =
  <T>(...keys: ((item: T) => string | number | null)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const order = compare(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  };

const sortedCodes = (codes: string[]) => [...new Set(codes)].sort();

export function canonicalOpeningHours(value: OpeningHoursValue): OpeningHoursValue {
  return {
    weekly: value.weekly
      .map((p) => ({
        day: p.day,
        opens: hhmm(p.opens),
        closes: hhmm(p.closes),
        validFrom: p.validFrom ?? null,
        validTo: p.validTo ?? null,
      }))
      .sort(
        byKeys(
          (p) => WEEKDAYS.indexOf(p.day),
          (p) => p.opens,
          (p) => p.closes,
          (p) => p.validFrom,
          (p) => p.validTo,
        ),
      ),
    closures: value.closures
      .map((c) => ({ from: c.from, to: c.to, reason: c.reason?.trim() || null }))
      .sort(
        byKeys(
          (c) => c.from,
          (c) => c.to,
          (c) => c.reason,
        ),
      ),
    temporaryClosure: value.temporaryClosure
      ? { from: value.temporaryClosure.from, to: value.temporaryClosure.to, message: value.temporaryClosure.message.trim() }
      : null,
    opensOnHolidays: value.opensOnHolidays,
  };
}

/** The same facts give the same value: sorted, without duplicates, trimmed. */
export function canonicalPart<F extends PartField>(field: F, value: PartValues[F]): PartValues[F] {
  switch (field) {
    case 'openingHours':
      return canonicalOpeningHours(value as OpeningHoursValue) as PartValues[F];
    case 'languages':
    case 'lifeDomains':
    case 'targetGroups':
      return sortedCodes(value as string[]) as PartValues[F];
    case 'costs':
      return (value as CostValue[])
        .map((c) => ({ option: c.option?.trim() || null, amount: c.amount ?? null }))
        .sort(
          byKeys(
            (c) => c.amount,
            (c) => c.option,
          ),
        ) as PartValues[F];
    case 'serviceArea':
      return [
        ...new Map(
          (value as AreaValue[]).map((a) => [`${a.scope}:${a.code ?? ''}`, { scope: a.scope, code: a.scope === 'city' ? null : a.code }]),
        ).values(),
      ].sort(
        byKeys(
          (a) => AREA_SCOPE_ORDER.indexOf(a.scope),
          (a) => a.code,
        ),
      ) as PartValues[F];
    case 'locations':
      return (value as LocationValue[])
        .map((l) => ({
          id: l.id ?? null,
          name: l.name?.trim() || null,
          address1: l.address1?.trim() || null,
          postalCode: l.postalCode?.trim() || null,
          city: l.city?.trim() || null,
          latitude: l.latitude ?? null,
          longitude: l.longitude ?? null,
        }))
        .sort(byKeys((l) => l.id)) as PartValues[F];
    default:
      return value;
  }
}

function canonicalParts(values: PartValues): PartValues {
  return Object.fromEntries(PART_FIELDS.map((f) => [f, canonicalPart(f, values[f])])) as unknown as PartValues;
}
