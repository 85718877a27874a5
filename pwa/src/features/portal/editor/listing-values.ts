// The values of a service as the portal edits them: the shapes the API's PATCH /services/:id takes
// in `changes` and returns in `service` (EditableServiceDto). Child rows (hours, languages,
// classification, costs, area, locations) are one value each, compared and recorded as a whole.

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening period on one weekday; split hours are two periods on the same day. `HH:MM`, Brussels time. */
export interface WeeklyPeriod {
  day: Weekday;
  opens: string;
  /** Before `opens`: runs past midnight. */
  closes: string;
  /** Seasonal hours: the period applies only between these dates (`YYYY-MM-DD`), both optional. */
  validFrom: string | null;
  validTo: string | null;
}

/** An exceptional closure: closed on these days (`YYYY-MM-DD`, both inclusive). */
export interface Closure {
  from: string;
  to: string;
  reason: string | null;
}

/** A temporary closure: closed between the dates, with a message the public sees on the listing. */
export interface TemporaryClosure {
  from: string;
  to: string;
  message: string;
}

export interface OpeningHoursValue {
  weekly: WeeklyPeriod[];
  closures: Closure[];
  temporaryClosure: TemporaryClosure | null;
  /** Open on legal holidays; otherwise closed on them. */
  opensOnHolidays: boolean;
}

export interface CostValue {
  option: string | null;
  /** Euro; 0 is free. */
  amount: number | null;
}

export type AreaScope = 'city' | 'district' | 'wijk' | 'postcode';

/** Whom the service serves: the whole city (`city`, code null), districts, wijken or postcodes. */
export interface AreaValue {
  scope: AreaScope;
  code: string | null;
}

export interface LocationValue {
  /** Null: a new location of the organisation. */
  id: string | null;
  name: string | null;
  address1: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** Editable values of a service (names as in the API). */
export interface ListingValues {
  name: string;
  alternateName: string | null;
  description: string | null;
  applicationProcess: string | null;
  eligibilityDescription: string | null;
  feesDescription: string | null;
  email: string | null;
  url: string | null;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  translations: Record<string, Record<string, string>>;
  publicationState: 'draft' | 'published' | 'archived';
  openingHours: OpeningHoursValue;
  languages: string[];
  lifeDomains: string[];
  targetGroups: string[];
  costs: CostValue[];
  serviceArea: AreaValue[];
  locations: LocationValue[];
}

/**
 * Field errors as the API names them, relative to the field: `weekly.2.closes` for
 * `changes.openingHours.weekly.2.closes`. A field editor shows each next to its input.
 */
export type FieldErrors = Record<string, string>;
