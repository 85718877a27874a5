// The HSDS tabular package (one CSV per object, datapackage.json) ↔ nested service objects.
// Column order and types come from the package's datapackage.json, read at runtime.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { HsdsObject } from '../hsds-serializer.js';

interface PackageField {
  name: string;
  type?: string;
}
interface PackageResource {
  name: string;
  path: string;
  schema: { fields: PackageField[] };
}
export interface DataPackage {
  resources: PackageResource[];
  [key: string]: unknown;
}

/** Our profile's columns, after the HSDS ones; JSON-valued ones hold JSON text. */
export const PROFILE_COLUMNS: Record<string, PackageField[]> = {
  service: [
    { name: 'translations', type: 'object' },
    { name: 'last_verified_at', type: 'datetime' },
    { name: 'last_verified_by', type: 'string' },
  ],
  organization: [
    { name: 'translations', type: 'object' },
    { name: 'is_public_sector', type: 'boolean' },
    { name: 'is_demo', type: 'boolean' },
    { name: 'last_verified_at', type: 'datetime' },
    { name: 'last_verified_by', type: 'string' },
  ],
  location: [
    { name: 'district_id', type: 'string' },
    { name: 'wijk_id', type: 'string' },
  ],
  taxonomy_term: [{ name: 'labels', type: 'object' }],
  attribute: [{ name: 'label', type: 'string' }],
};

type Table = HsdsObject[];

function convert(value: string, type: string | undefined): unknown {
  if (value === '') return undefined;
  // A typed column cannot hold the word: HSDS's own examples write `null` for an empty date.
  if (value === 'null' && type !== undefined && type !== 'string') return undefined;
  switch (type) {
    case 'number':
      return Number.isNaN(Number(value)) ? value : Number(value);
    case 'integer':
      return /^-?\d+$/.test(value) ? Number(value) : value;
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'object':
    case 'array':
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    default:
      return value;
  }
}

function readTables(files: Map<string, string>): Map<string, Table> {
  const datapackage = JSON.parse(files.get('datapackage.json')!) as DataPackage;
  const tables = new Map<string, Table>();
  for (const resource of datapackage.resources) {
    const csv = files.get(resource.path.split('/').pop()!);
    if (!csv) continue;
    const types = new Map([...resource.schema.fields, ...(PROFILE_COLUMNS[resource.name] ?? [])].map((f) => [f.name, f.type]));
    const rows = parse<Record<string, string>>(csv, { columns: true, skip_empty_lines: true, bom: true });
    tables.set(
      resource.name,
      rows.map((row) => {
        const object: HsdsObject = {};
        for (const [key, raw] of Object.entries(row)) {
          const value = convert(raw, types.get(key));
          if (value !== undefined) object[key] = value;
        }
        return object;
      }),
    );
  }
  return tables;
}

function index(table: Table | undefined, column: string): Map<string, Table> {
  const groups = new Map<string, Table>();
  for (const row of table ?? []) {
    const key = row[column] as string | undefined;
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

/** Nests the rows of a tabular package into full service objects, one per row of services.csv. */
export function tablesToServices(files: Map<string, string>): HsdsObject[] {
  const t = readTables(files);
  const by = (table: string, column: string) => index(t.get(table), column);
  const byId = (table: string) => new Map((t.get(table) ?? []).map((row) => [row.id as string, row]));
  const organizations = byId('organization');
  const locations = byId('location');
  const taxonomies = byId('taxonomy');
  const terms = byId('taxonomy_term');
  const phones = {
    service: by('phone', 'service_id'),
    organization: by('phone', 'organization_id'),
    location: by('phone', 'location_id'),
    contact: by('phone', 'contact_id'),
    sal: by('phone', 'service_at_location_id'),
  };
  const schedules = {
    service: by('schedule', 'service_id'),
    location: by('schedule', 'location_id'),
    sal: by('schedule', 'service_at_location_id'),
  };
  const languages = { service: by('language', 'service_id'), location: by('language', 'location_id') };
  const contacts = { service: by('contact', 'service_id'), organization: by('contact', 'organization_id') };
  const attributes = by('attribute', 'link_id');
  const addresses = by('address', 'location_id');
  const lists = {
    service_areas: by('service_area', 'service_id'),
    cost_options: by('cost_option', 'service_id'),
    required_documents: by('required_document', 'service_id'),
  };
  const sals = by('service_at_location', 'service_id');

  const withList = (object: HsdsObject, key: string, rows: Table | undefined) => {
    if (rows && rows.length > 0) object[key] = rows;
    return object;
  };
  const contactsOf = (rows: Table | undefined) => rows?.map((c) => withList({ ...c }, 'phones', phones.contact.get(c.id as string)));
  const attributesOf = (id: string) =>
    attributes.get(id)?.map((a) => {
      const term = terms.get(a.taxonomy_term_id as string);
      if (!term) return a;
      const taxonomy = taxonomies.get(term.taxonomy_id as string);
      return { ...a, taxonomy_term: taxonomy ? { ...term, taxonomy_detail: taxonomy } : term };
    });
  const locationOf = (id: string) => {
    const row = locations.get(id);
    if (!row) return undefined;
    const location: HsdsObject = { ...row };
    withList(location, 'languages', languages.location.get(id));
    withList(location, 'addresses', addresses.get(id));
    withList(location, 'phones', phones.location.get(id));
    withList(location, 'schedules', schedules.location.get(id));
    return withList(location, 'attributes', attributesOf(id));
  };
  return (t.get('service') ?? []).map((row) => {
    const id = row.id as string;
    const service: HsdsObject = { ...row };
    withList(service, 'phones', phones.service.get(id));
    withList(service, 'schedules', schedules.service.get(id));
    for (const [key, group] of Object.entries(lists)) withList(service, key, group.get(id));
    withList(
      service,
      'service_at_locations',
      sals.get(id)?.map((sal) => {
        const nested: HsdsObject = { ...sal };
        withList(nested, 'phones', phones.sal.get(sal.id as string));
        withList(nested, 'schedules', schedules.sal.get(sal.id as string));
        const location = locationOf(sal.location_id as string);
        if (location) nested.location = location;
        return nested;
      }),
    );
    withList(service, 'languages', languages.service.get(id));
    const organization = organizations.get(row.organization_id as string);
    if (organization) {
      const org: HsdsObject = { ...organization };
      withList(org, 'phones', phones.organization.get(organization.id as string));
      withList(org, 'contacts', contactsOf(contacts.organization.get(organization.id as string)));
      service.organization = withList(org, 'attributes', attributesOf(organization.id as string));
    }
    withList(service, 'contacts', contactsOf(contacts.service.get(id)));
    return withList(service, 'attributes', attributesOf(id));
  });
}

/** Flattens full service objects into the tables of the package, each row once. */
export function servicesToTables(services: Iterable<HsdsObject>): Map<string, Map<string, HsdsObject>> {
  const tables = new Map<string, Map<string, HsdsObject>>();
  const put = (table: string, object: HsdsObject, links: HsdsObject = {}) => {
    const row: HsdsObject = { ...links };
    // Nested objects have tables of their own; translations and labels travel as JSON text.
    for (const [key, value] of Object.entries(object))
      if (typeof value !== 'object' || key === 'translations' || key === 'labels') row[key] = value;
    if (!tables.has(table)) tables.set(table, new Map());
    tables.get(table)!.set(row.id as string, { ...tables.get(table)!.get(row.id as string), ...row });
  };
  const each = (value: unknown, run: (o: HsdsObject) => void) => (Array.isArray(value) ? (value as HsdsObject[]).forEach(run) : undefined);
  const attributes = (owner: HsdsObject, entity: string) =>
    each(owner.attributes, (a) => {
      put('attribute', a, { link_id: owner.id, link_entity: entity });
      const term = a.taxonomy_term as HsdsObject | undefined;
      if (!term) return;
      put('taxonomy_term', term);
      if (term.taxonomy_detail) put('taxonomy', term.taxonomy_detail as HsdsObject);
    });
  const phones = (owner: HsdsObject, column: string) => each(owner.phones, (p) => put('phone', p, { [column]: owner.id }));
  const schedules = (owner: HsdsObject, column: string) => each(owner.schedules, (s) => put('schedule', s, { [column]: owner.id }));
  const contacts = (owner: HsdsObject, column: string) =>
    each(owner.contacts, (c) => {
      put('contact', c, { [column]: owner.id });
      phones(c, 'contact_id');
    });
  for (const service of services) {
    put('service', service);
    phones(service, 'service_id');
    schedules(service, 'service_id');
    each(service.languages, (l) => put('language', l, { service_id: service.id }));
    each(service.service_areas, (a) => put('service_area', a, { service_id: service.id }));
    each(service.cost_options, (c) => put('cost_option', c, { service_id: service.id }));
    each(service.required_documents, (d) => put('required_document', d, { service_id: service.id }));
    contacts(service, 'service_id');
    attributes(service, 'service');
    const organization = service.organization as HsdsObject | undefined;
    if (organization) {
      put('organization', organization);
      phones(organization, 'organization_id');
      contacts(organization, 'organization_id');
      attributes(organization, 'organization');
    }
    each(service.service_at_locations, (sal) => {
      put('service_at_location', sal, { service_id: service.id });
      phones(sal, 'service_at_location_id');
      schedules(sal, 'service_at_location_id');
      const location = sal.location as HsdsObject | undefined;
      if (!location) return;
      put('location', location);
      each(location.addresses, (a) => put('address', a, { location_id: location.id }));
      phones(location, 'location_id');
      schedules(location, 'location_id');
      each(location.languages, (l) => put('language', l, { location_id: location.id }));
      attributes(location, 'location');
    });
  }
  return tables;
}

/** The CSV text of each file of the package, columns in datapackage.json order plus our profile's. */
export function writePackage(tables: Map<string, Map<string, HsdsObject>>, datapackage: DataPackage): Map<string, string> {
  const files = new Map<string, string>();
  const resources = datapackage.resources.map((resource) => ({
    ...resource,
    schema: { ...resource.schema, fields: [...resource.schema.fields, ...(PROFILE_COLUMNS[resource.name] ?? [])] },
  }));
  for (const resource of resources) {
    const columns = resource.schema.fields.map((f) => f.name);
    const rows = [...(tables.get(resource.name)?.values() ?? [])].map((row) =>
      columns.map((c) => {
        const value = row[c];
        if (value === undefined || value === null) return '';
        return typeof value === 'string' ? value : JSON.stringify(value);
      }),
    );
    files.set(resource.path, stringify([columns, ...rows]));
  }
  files.set('datapackage.json', `${JSON.stringify({ ...datapackage, resources }, null, 2)}\n`);
  return files;
}

/** The package's tables as the compiled tabular schema expects them: `{ <resource name>: [rows] }`. */
export function tablesAsJson(tables: Map<string, Map<string, HsdsObject>>): Record<string, HsdsObject[]> {
  return Object.fromEntries([...tables].map(([name, rows]) => [name, [...rows.values()]]));
}
