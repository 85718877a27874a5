// One HSDS service object → the rows it becomes in our tables (snake_case, as `to_jsonb` gives
// them back), with our profile's rules: district and wijk from the coordinates, terms matched by
// taxonomy and code, service areas by their `urn:antwerpen:` uri.
import { stableId } from '../../../database/seeds/stable-id.js';
import type { PlaceLocator } from '../../places/place-locator.js';
import type { Row } from '../hsds-graph.repository.js';
import { HSDS_FIELDS, type HsdsObject } from '../hsds-serializer.js';
import { type TermIndex } from './term-index.js';

export const IMPORT_TABLES = [
  'organization',
  'location',
  'service',
  'service_at_location',
  'address',
  'contact',
  'phone',
  'schedule',
  'language',
  'attribute',
  'service_area',
  'cost_option',
  'required_document',
] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

/**
 * Where services that name no organization go (HSDS requires only `id`, `name`, `status`; our
 * `service.organization_id` is NOT NULL): one draft organization, created on first need, so they
 * are not public until a moderator gives them their real organization.
 */
export const PLACEHOLDER_ORGANIZATION = {
  id: stableId('hsds', 'organization', 'placeholder'),
  name: 'Onbekende organisatie (import)',
  description: 'Geïmporteerd aanbod zonder organisatie. Niet publiek: wijs elk aanbod de juiste organisatie toe (of verwijder het).',
} as const;

/** Something about a record that was imported anyway: where, and what a moderator should know. */
export interface RecordWarning {
  path: string;
  message: string;
}

/** The rows of one record, and the owners whose children it replaces. */
export interface RecordRows {
  serviceId: string;
  rows: Record<ImportTable, Row[]>;
  owners: { service: string[]; organization: string[]; location: string[] };
  /** It names no organization: its rows point at {@link PLACEHOLDER_ORGANIZATION}. */
  placeholder: boolean;
  /** The publication state of the service if it is new (our profile's `publication_state`); an update keeps the stored one. */
  newState: PublicationState;
  warnings: RecordWarning[];
}

const PUBLICATION_STATES = ['draft', 'published', 'archived'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

/** A value we cannot store, named by its JSON path in the record. */
export class MappingError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** The service's plain text columns: every HSDS field but the keys and the typed ones (parsed below). */
const TYPED_SERVICE_FIELDS = new Set(['id', 'organization_id', 'minimum_age', 'maximum_age', 'assured_date']);
const SERVICE_COLUMNS = HSDS_FIELDS.service.filter((field) => !TYPED_SERVICE_FIELDS.has(field));
const ORGANIZATION_COLUMNS = [
  'name',
  'alternate_name',
  'description',
  'email',
  'website',
  'tax_status',
  'tax_id',
  'legal_status',
  'logo',
  'uri',
];
const LOCATION_COLUMNS = [
  'location_type',
  'url',
  'name',
  'alternate_name',
  'description',
  'transportation',
  'external_identifier',
  'external_identifier_type',
];
const SCHEDULE_TEXT = [
  'wkst',
  'freq',
  'byday',
  'byweekno',
  'bymonthday',
  'byyearday',
  'description',
  'schedule_link',
  'attending_type',
  'notes',
];

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const list = (value: unknown): HsdsObject[] => (Array.isArray(value) ? (value as HsdsObject[]) : []);
const camel = (key: string) => key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * Fields that hold a link somebody will open: only `http(s)` is stored, so a `javascript:` or
 * `data:` URL never reaches the app, the snapshot or the CORS-open /hsds.
 */
const LINK_FIELDS = new Set(['url', 'website', 'logo', 'schedule_link']);
const WEB_LINK = /^https?:\/\/[^\s/?#]+/i;

/** The columns' text values; a link field that is no http(s) URL rejects the record, naming it under `path`. */
function copy(source: HsdsObject, columns: string[], path = '$'): Record<string, unknown> {
  return Object.fromEntries(
    columns.map((column) => {
      const value = text(source[column]);
      if (value !== null && LINK_FIELDS.has(column) && !WEB_LINK.test(value.trim())) {
        throw new MappingError(`${path}.${column}`, 'must be an http(s) URL');
      }
      return [column, value];
    }),
  );
}

/** Translations arrive with HSDS (snake_case) field names; we store the entity property names. */
function translations(value: unknown, path: string): Record<string, Record<string, string>> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new MappingError(path, 'must be an object of languages');
  const result: Record<string, Record<string, string>> = {};
  for (const [language, fields] of Object.entries(value as Record<string, unknown>)) {
    if (typeof fields !== 'object' || fields === null) throw new MappingError(`${path}.${language}`, 'must be an object of text fields');
    result[language] = Object.fromEntries(Object.entries(fields as Record<string, unknown>).map(([k, v]) => [camel(k), String(v)]));
  }
  return result;
}

export class HsdsMapper {
  private claimed = new Set<string>();
  private rows!: Record<ImportTable, Row[]>;
  private seenLocations = new Set<string>();

  constructor(
    private readonly locator: PlaceLocator,
    private readonly terms: TermIndex,
    /** Organizations stored or imported so far: a parent outside them is left out (it would dangle). */
    private readonly organizations: Set<string>,
  ) {}

  map(service: HsdsObject): RecordRows {
    this.claimed = new Set();
    this.seenLocations = new Set();
    this.rows = Object.fromEntries(IMPORT_TABLES.map((t) => [t, []])) as unknown as Record<ImportTable, Row[]>;
    const serviceId = this.claim(service.id as string, 'service');
    const newState = this.publicationState(service.publication_state, '$.publication_state');
    const organization = service.organization as HsdsObject | undefined;
    const givenOrganizationId = text(organization?.id) ?? text(service.organization_id);
    const placeholder = !givenOrganizationId;
    const organizationId = givenOrganizationId ?? PLACEHOLDER_ORGANIZATION.id;
    const owners: RecordRows['owners'] = { service: [serviceId], organization: [], location: [] };
    if (organization) {
      this.organization(organization, '$.organization');
      owners.organization.push(organizationId);
      this.organizations.add(organizationId);
    }
    this.rows.service.push({
      id: serviceId,
      organization_id: organizationId,
      ...copy(service, SERVICE_COLUMNS, '$'),
      minimum_age: this.integer(service.minimum_age, '$.minimum_age'),
      maximum_age: this.integer(service.maximum_age, '$.maximum_age'),
      assured_date: this.date(service.assured_date, '$.assured_date'),
      translations: translations(service.translations, '$.translations'),
      last_verified_at: this.timestamp(service.last_verified_at, '$.last_verified_at'),
      last_verified_by: text(service.last_verified_by),
    });
    // Rows shared between records claim their ids first (organization, then locations), so a
    // repeated nested id resolves the same way in every record of the organization.
    if (organization)
      list(organization.locations).forEach((l, i) => this.location(l, organizationId, `$.organization.locations[${i}]`, owners));
    list(service.service_at_locations).forEach((sal, i) => {
      const path = `$.service_at_locations[${i}]`;
      const location = sal.location as HsdsObject | undefined;
      const locationId = (location?.id ?? sal.location_id) as string | undefined;
      if (!locationId) throw new MappingError(`${path}.location_id`, 'a service at location needs its location');
      if (location) this.location(location, organizationId, `${path}.location`, owners);
      const salId = this.claim(sal.id as string, 'service_at_location');
      this.rows.service_at_location.push({ id: salId, service_id: serviceId, location_id: locationId, description: text(sal.description) });
      list(sal.phones).forEach((p, j) => this.phone(p, { service_at_location_id: salId }, `${path}.phones[${j}]`));
      list(sal.schedules).forEach((s, j) => this.schedule(s, { service_at_location_id: salId }, `${path}.schedules[${j}]`));
    });
    const owner = { service_id: serviceId };
    list(service.phones).forEach((p, i) => this.phone(p, owner, `$.phones[${i}]`));
    list(service.schedules).forEach((s, i) => this.schedule(s, owner, `$.schedules[${i}]`));
    list(service.languages).forEach((l, i) => this.language(l, owner, `$.languages[${i}]`));
    list(service.contacts).forEach((c, i) => this.contact(c, owner, `$.contacts[${i}]`));
    list(service.attributes).forEach((a, i) => this.attribute(a, owner, `$.attributes[${i}]`));
    list(service.service_areas).forEach((area, i) => this.serviceArea(area, serviceId, `$.service_areas[${i}]`));
    list(service.cost_options).forEach((c, i) => {
      const path = `$.cost_options[${i}]`;
      const currency = text(c.currency);
      if (currency && !/^[A-Za-z]{3}$/.test(currency)) throw new MappingError(`${path}.currency`, 'must be an ISO 4217 code of 3 letters');
      this.rows.cost_option.push({
        id: this.claim(c.id as string, 'cost_option'),
        service_id: serviceId,
        valid_from: this.date(c.valid_from, `${path}.valid_from`),
        valid_to: this.date(c.valid_to, `${path}.valid_to`),
        option: text(c.option),
        currency: currency?.toUpperCase() ?? null,
        amount: typeof c.amount === 'number' ? c.amount : null,
        amount_description: text(c.amount_description),
      });
    });
    list(service.required_documents).forEach((d) => {
      if (!text(d.document)) return; // a required document without a name says nothing
      this.rows.required_document.push({
        id: this.claim(d.id as string, 'required_document'),
        service_id: serviceId,
        document: d.document,
        uri: text(d.uri),
      });
    });
    const warnings: RecordWarning[] = placeholder
      ? [
          {
            path: '$.organization_id',
            message: `names no organization: placed under the draft organization "${PLACEHOLDER_ORGANIZATION.name}", not public until a moderator assigns its organization`,
          },
        ]
      : [];
    return { serviceId, rows: this.rows, owners, placeholder, newState, warnings };
  }

  /** The record's own id for a row, or a derived one when the record already used it (HSDS repeats nested objects). */
  private claim(id: string, table: string): string {
    let own = id;
    for (let n = 1; this.claimed.has(`${table}:${own}`); n++) own = stableId('hsds', table, id, String(n));
    this.claimed.add(`${table}:${own}`);
    return own;
  }

  private organization(org: HsdsObject, path: string): void {
    const id = this.claim(org.id as string, 'organization');
    this.rows.organization.push({
      id,
      ...copy(org, ORGANIZATION_COLUMNS, path),
      year_incorporated: this.integer(org.year_incorporated, `${path}.year_incorporated`),
      parent_organization_id:
        text(org.parent_organization_id) && this.organizations.has(org.parent_organization_id as string)
          ? org.parent_organization_id
          : null,
      translations: translations(org.translations, `${path}.translations`),
      is_public_sector: org.is_public_sector === true,
      is_demo: org.is_demo === true,
      last_verified_at: this.timestamp(org.last_verified_at, `${path}.last_verified_at`),
      last_verified_by: text(org.last_verified_by),
    });
    const owner = { organization_id: id };
    list(org.phones).forEach((p, i) => this.phone(p, owner, `${path}.phones[${i}]`));
    list(org.contacts).forEach((c, i) => this.contact(c, owner, `${path}.contacts[${i}]`));
    list(org.attributes).forEach((a, i) => this.attribute(a, owner, `${path}.attributes[${i}]`));
  }

  private location(location: HsdsObject, organizationId: string, path: string, owners: RecordRows['owners']): void {
    if (this.seenLocations.has(location.id as string)) return;
    this.seenLocations.add(location.id as string);
    const id = this.claim(location.id as string, 'location');
    owners.location.push(id);
    const latitude = typeof location.latitude === 'number' ? location.latitude : null;
    const longitude = typeof location.longitude === 'number' ? location.longitude : null;
    // Bulk SQL bypasses LocationPlaceSubscriber: derive the place here, by the same locator.
    const place = this.locator.locate(latitude, longitude);
    this.rows.location.push({
      id,
      // Our locations belong to the organization whose service is offered there.
      organization_id: organizationId,
      ...copy(location, LOCATION_COLUMNS, path),
      latitude,
      longitude,
      district_id: place.districtId,
      wijk_id: place.wijkId,
      place_status: place.status,
    });
    list(location.addresses).forEach((a, i) => {
      const at = `${path}.addresses[${i}]`;
      const country = text(a.country) ?? '';
      if (!/^[A-Za-z]{2}$/.test(country)) throw new MappingError(`${at}.country`, 'must be an ISO 3166-1 alpha-2 code');
      this.rows.address.push({
        id: this.claim(a.id as string, 'address'),
        location_id: id,
        ...copy(a, ['attention', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'address_type']),
        country: country.toUpperCase(),
      });
    });
    const owner = { location_id: id };
    list(location.phones).forEach((p, i) => this.phone(p, owner, `${path}.phones[${i}]`));
    list(location.schedules).forEach((s, i) => this.schedule(s, owner, `${path}.schedules[${i}]`));
    list(location.languages).forEach((l, i) => this.language(l, owner, `${path}.languages[${i}]`));
    list(location.attributes).forEach((a, i) => this.attribute(a, owner, `${path}.attributes[${i}]`));
  }

  private phone(phone: HsdsObject, owner: Record<string, string>, path: string): string {
    const id = this.claim(phone.id as string, 'phone');
    this.rows.phone.push({
      id,
      ...owner,
      number: phone.number,
      extension: this.integer(phone.extension, `${path}.extension`),
      type: text(phone.type),
      description: text(phone.description),
    });
    return id;
  }

  private contact(contact: HsdsObject, owner: Record<string, string>, path: string): void {
    const id = this.claim(contact.id as string, 'contact');
    this.rows.contact.push({ id, ...owner, ...copy(contact, ['name', 'title', 'department', 'email']) });
    list(contact.phones).forEach((p, i) => this.phone(p, { contact_id: id }, `${path}.phones[${i}]`));
  }

  private schedule(schedule: HsdsObject, owner: Record<string, string>, path: string): void {
    this.rows.schedule.push({
      id: this.claim(schedule.id as string, 'schedule'),
      ...owner,
      ...copy(schedule, SCHEDULE_TEXT, path),
      valid_from: this.date(schedule.valid_from, `${path}.valid_from`),
      valid_to: this.date(schedule.valid_to, `${path}.valid_to`),
      dtstart: this.date(schedule.dtstart, `${path}.dtstart`),
      until: this.date(schedule.until, `${path}.until`),
      timezone: this.integer(schedule.timezone, `${path}.timezone`),
      count: this.integer(schedule.count, `${path}.count`),
      interval: this.integer(schedule.interval, `${path}.interval`),
      opens_at: this.time(schedule.opens_at, `${path}.opens_at`),
      closes_at: this.time(schedule.closes_at, `${path}.closes_at`),
    });
  }

  private language(language: HsdsObject, owner: Record<string, string>, _path: string): void {
    const code = text(language.code);
    if (!code) return; // our languages are filtered by code; a name alone cannot be matched
    this.rows.language.push({
      id: this.claim(language.id as string, 'language'),
      ...owner,
      name: text(language.name),
      code,
      note: text(language.note),
    });
  }

  private attribute(attribute: HsdsObject, owner: Record<string, string>, path: string): void {
    const termId = this.terms.resolve(attribute, path);
    if (!termId) return;
    this.rows.attribute.push({
      id: this.claim(attribute.id as string, 'attribute'),
      ...owner,
      taxonomy_term_id: termId,
      link_type: text(attribute.link_type),
      value: text(attribute.value),
      label: text(attribute.label),
    });
  }

  private serviceArea(area: HsdsObject, serviceId: string, _path: string): void {
    const uri = text(area.uri) ?? '';
    const match = /^urn:antwerpen:(?:(stad)|(district|wijk|postcode):(.+))$/.exec(uri);
    // Areas outside our profile cannot be filtered on; without any area a service serves the whole city.
    if (!match) return;
    this.rows.service_area.push({
      id: this.claim(area.id as string, 'service_area'),
      service_id: serviceId,
      ...copy(area, ['name', 'description', 'extent', 'extent_type']),
      uri,
      scope: match[1] ? 'city' : match[2],
      code: match[3] ?? null,
    });
  }

  private publicationState(value: unknown, path: string): PublicationState {
    if (value === undefined || value === null) return 'published';
    if (!PUBLICATION_STATES.includes(value as PublicationState))
      throw new MappingError(path, `must be one of ${PUBLICATION_STATES.join(', ')}`);
    return value as PublicationState;
  }

  private integer(value: unknown, path: string): number | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new MappingError(path, 'must be a whole number');
    return value;
  }

  private date(value: unknown, path: string): string | null {
    if (value === undefined || value === null || value === '') return null;
    const match = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
    if (!match || Number.isNaN(Date.parse(match[0]))) throw new MappingError(path, 'must be a date (YYYY-MM-DD)');
    return match[0];
  }

  /** `HH:MM[:SS]`; a zone suffix is dropped: our hours are Brussels wall-clock times. */
  private time(value: unknown, path: string): string | null {
    if (value === undefined || value === null || value === '') return null;
    const match = typeof value === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?/.exec(value) : null;
    if (!match) throw new MappingError(path, 'must be a time (HH:MM:SS)');
    return `${match[1]}:${match[2]}:${match[3] ?? '00'}`;
  }

  private timestamp(value: unknown, path: string): string | null {
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new MappingError(path, 'must be an ISO 8601 date-time');
    return new Date(value).toISOString();
  }
}
