// Database rows → HSDS 3.0 objects with our profile's extension fields. Absent values are left
// out (never null), as are empty lists and empty translation objects.
import { type Row, type ServiceGraph, ownerKey } from './hsds-graph.repository.js';

export type HsdsObject = Record<string, unknown>;

/** HSDS field names per table, in the specification's order; each is a column of the same name. */
export const HSDS_FIELDS = {
  service: [
    'id',
    'organization_id',
    'name',
    'alternate_name',
    'description',
    'url',
    'email',
    'status',
    'interpretation_services',
    'application_process',
    'fees_description',
    'wait_time',
    'accreditations',
    'eligibility_description',
    'minimum_age',
    'maximum_age',
    'assured_date',
    'assurer_email',
    'licenses',
    'alert',
  ],
  organization: [
    'id',
    'name',
    'alternate_name',
    'description',
    'email',
    'website',
    'tax_status',
    'tax_id',
    'year_incorporated',
    'legal_status',
    'logo',
    'uri',
    'parent_organization_id',
  ],
  location: [
    'id',
    'location_type',
    'url',
    'organization_id',
    'name',
    'alternate_name',
    'description',
    'transportation',
    'latitude',
    'longitude',
    'external_identifier',
    'external_identifier_type',
  ],
  address: [
    'id',
    'location_id',
    'attention',
    'address_1',
    'address_2',
    'city',
    'region',
    'state_province',
    'postal_code',
    'country',
    'address_type',
  ],
  phone: [
    'id',
    'location_id',
    'service_id',
    'organization_id',
    'contact_id',
    'service_at_location_id',
    'number',
    'extension',
    'type',
    'description',
  ],
  schedule: [
    'id',
    'service_id',
    'location_id',
    'service_at_location_id',
    'valid_from',
    'valid_to',
    'dtstart',
    'timezone',
    'until',
    'count',
    'wkst',
    'freq',
    'interval',
    'byday',
    'byweekno',
    'bymonthday',
    'byyearday',
    'description',
    'opens_at',
    'closes_at',
    'schedule_link',
    'attending_type',
    'notes',
  ],
  language: ['id', 'service_id', 'location_id', 'name', 'code', 'note'],
  contact: ['id', 'organization_id', 'service_id', 'name', 'title', 'department', 'email'],
  service_area: ['id', 'service_id', 'name', 'description', 'extent', 'extent_type', 'uri'],
  cost_option: ['id', 'service_id', 'valid_from', 'valid_to', 'option', 'currency', 'amount', 'amount_description'],
  required_document: ['id', 'service_id', 'document', 'uri'],
  service_at_location: ['id', 'service_id', 'location_id', 'description'],
  taxonomy_term: ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'taxonomy_id', 'language', 'term_uri'],
  taxonomy: ['id', 'name', 'description', 'uri', 'version'],
} as const satisfies Record<string, readonly string[]>;
export type HsdsTable = keyof typeof HSDS_FIELDS;

/** Our additions, as the profile documents them: extension fields beside the HSDS ones. */
export const PROFILE_FIELDS = {
  service: ['translations', 'last_verified_at', 'last_verified_by'],
  organization: ['translations', 'is_public_sector', 'is_demo', 'last_verified_at', 'last_verified_by'],
  location: ['district_id', 'wijk_id'],
  taxonomy_term: ['labels'],
} as const;

function isAbsent(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** We store translations under entity property names (`alternateName`); HSDS names fields in snake_case. */
function snakeTranslations(value: Record<string, Record<string, string>>): Record<string, Record<string, string>> {
  const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return Object.fromEntries(
    Object.entries(value).map(([language, fields]) => [
      language,
      Object.fromEntries(Object.entries(fields).map(([k, v]) => [snake(k), v])),
    ]),
  );
}

/** Copies the named fields that have a value; timestamps become ISO 8601 in UTC. */
export function pick(row: Row, fields: readonly string[], into: HsdsObject = {}): HsdsObject {
  for (const field of fields) {
    let value = row[field];
    if (isAbsent(value)) continue;
    if (field === 'last_verified_at' || field === 'last_modified') value = new Date(value as string).toISOString();
    if (field === 'translations') value = snakeTranslations(value as Record<string, Record<string, string>>);
    into[field] = value;
  }
  return into;
}

/** Adds the nested lists that have items. */
function withLists(object: HsdsObject, lists: Record<string, HsdsObject[] | undefined>): HsdsObject {
  for (const [key, list] of Object.entries(lists)) if (list && list.length > 0) object[key] = list;
  return object;
}

export function serializeTaxonomy(row: Row): HsdsObject {
  return pick(row, HSDS_FIELDS.taxonomy);
}

export function serializeTerm(row: Row, taxonomies: Map<string, Row>): HsdsObject {
  const term = pick(row, HSDS_FIELDS.taxonomy_term);
  const taxonomy = taxonomies.get(row.taxonomy_id as string);
  if (taxonomy) term.taxonomy_detail = serializeTaxonomy(taxonomy);
  return pick(row, PROFILE_FIELDS.taxonomy_term, term);
}

export function serializeOrganizationScalars(row: Row): HsdsObject {
  return pick(row, PROFILE_FIELDS.organization, pick(row, HSDS_FIELDS.organization));
}

export function serializeServiceScalars(row: Row): HsdsObject {
  const service = pick(row, HSDS_FIELDS.service);
  service.last_modified = new Date(row.updated_at as string).toISOString();
  return pick(row, PROFILE_FIELDS.service, service);
}

export function serializeLocationScalars(row: Row): HsdsObject {
  return pick(row, PROFILE_FIELDS.location, pick(row, HSDS_FIELDS.location));
}

/** Turns the rows of a {@link ServiceGraph} into nested HSDS objects. */
export class HsdsSerializer {
  constructor(private readonly graph: ServiceGraph) {}

  /** Every service of the graph, fully nested, in the order loaded. */
  services(): HsdsObject[] {
    return this.graph.services.map((row) => this.service(row));
  }

  service(row: Row): HsdsObject {
    const key = ownerKey('service_id', row.id);
    const organization = this.graph.organizations.get(row.organization_id as string);
    const service = withLists(serializeServiceScalars(row), {
      phones: this.phones(key),
      schedules: this.list(this.graph.schedules.get(key), 'schedule'),
      service_areas: this.list(this.graph.serviceAreas.get(row.id), 'service_area'),
      service_at_locations: (this.graph.serviceAtLocations.get(row.id) ?? []).map((sal) => this.serviceAtLocation(sal)),
      languages: this.list(this.graph.languages.get(key), 'language'),
      cost_options: this.list(this.graph.costOptions.get(row.id), 'cost_option'),
      required_documents: this.list(this.graph.requiredDocuments.get(row.id), 'required_document'),
      contacts: this.contacts(key),
      attributes: this.attributes(key, 'service'),
    });
    if (organization) service.organization = this.organization(organization);
    return service;
  }

  organization(row: Row): HsdsObject {
    const key = ownerKey('organization_id', row.id);
    return withLists(serializeOrganizationScalars(row), {
      contacts: this.contacts(key),
      phones: this.phones(key),
      attributes: this.attributes(key, 'organization'),
    });
  }

  serviceAtLocation(row: Row): HsdsObject {
    const key = ownerKey('service_at_location_id', row.id);
    const location = this.graph.locations.get(row.location_id as string);
    const serviceAtLocation = withLists(pick(row, HSDS_FIELDS.service_at_location), {
      phones: this.phones(key),
      schedules: this.list(this.graph.schedules.get(key), 'schedule'),
    });
    if (location) serviceAtLocation.location = this.location(location);
    return serviceAtLocation;
  }

  location(row: Row): HsdsObject {
    const key = ownerKey('location_id', row.id);
    return withLists(serializeLocationScalars(row), {
      languages: this.list(this.graph.languages.get(key), 'language'),
      addresses: this.list(this.graph.addresses.get(row.id), 'address'),
      phones: this.phones(key),
      schedules: this.list(this.graph.schedules.get(key), 'schedule'),
      attributes: this.attributes(key, 'location'),
    });
  }

  private list(rows: Row[] | undefined, table: HsdsTable): HsdsObject[] {
    return (rows ?? []).map((row) => pick(row, HSDS_FIELDS[table]));
  }

  private phones(key: string): HsdsObject[] {
    return this.list(this.graph.phones.get(key), 'phone');
  }

  private contacts(key: string): HsdsObject[] {
    return (this.graph.contacts.get(key) ?? []).map((row) =>
      withLists(pick(row, HSDS_FIELDS.contact), { phones: this.phones(ownerKey('contact_id', row.id)) }),
    );
  }

  private attributes(key: string, entity: 'service' | 'organization' | 'location'): HsdsObject[] {
    const linkId = key.slice(key.indexOf(':') + 1);
    return (this.graph.attributes.get(key) ?? []).map((row) => {
      const term = this.graph.terms.get(row.taxonomy_term_id as string);
      const attribute: HsdsObject = { id: row.id, link_id: linkId, taxonomy_term_id: row.taxonomy_term_id };
      pick(row, ['link_type'], attribute);
      attribute.link_entity = entity;
      pick(row, ['value'], attribute);
      if (term) attribute.taxonomy_term = serializeTerm(term, this.graph.taxonomies);
      return pick(row, ['label'], attribute);
    });
  }
}
