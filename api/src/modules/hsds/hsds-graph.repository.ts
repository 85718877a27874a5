// Loads everything an HSDS service object holds, for many services at once: one statement per
// table, rows as `to_jsonb` (dates, times and numerics come out as HSDS writes them).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A table row as `to_jsonb` gives it: snake_case columns, JSON values. */
export type Row = Record<string, unknown> & { id: string };

/** The rows below a set of services, grouped by the owner they hang from. */
export interface ServiceGraph {
  services: Row[];
  organizations: Map<string, Row>;
  serviceAtLocations: Map<string, Row[]>;
  locations: Map<string, Row>;
  addresses: Map<string, Row[]>;
  /** Keyed by `<owner column>:<owner id>`, e.g. `service_id:…`. */
  phones: Map<string, Row[]>;
  schedules: Map<string, Row[]>;
  languages: Map<string, Row[]>;
  contacts: Map<string, Row[]>;
  attributes: Map<string, Row[]>;
  serviceAreas: Map<string, Row[]>;
  costOptions: Map<string, Row[]>;
  requiredDocuments: Map<string, Row[]>;
  terms: Map<string, Row>;
  taxonomies: Map<string, Row>;
}

export const ownerKey = (column: string, id: string): string => `${column}:${id}`;

function groupBy(rows: Row[], column: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = row[column] as string | null;
    if (key == null) continue;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Groups rows that may hang from several kinds of owner (phone, schedule, language, contact, attribute). */
function groupByOwner(rows: Row[], columns: string[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    for (const column of columns) {
      const id = row[column] as string | null;
      if (id == null) continue;
      const key = ownerKey(column, id);
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
  }
  return groups;
}

const byId = (rows: Row[]) => new Map(rows.map((row) => [row.id, row]));

@Injectable()
export class HsdsGraphRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The services with these ids (in this order) and everything below them; missing ids are skipped. */
  async load(serviceIds: string[], manager: EntityManager = this.dataSource.manager): Promise<ServiceGraph> {
    const rows = (sql: string, params: unknown[]) =>
      params.some((p) => Array.isArray(p) && p.length === 0)
        ? Promise.resolve([] as Row[])
        : manager.query<{ r: Row }[]>(sql, params).then((result) => result.map((x) => x.r));
    const services = await rows(
      `SELECT to_jsonb(s) AS r FROM unnest($1::uuid[]) WITH ORDINALITY AS ids(id, n) JOIN service s ON s.id = ids.id ORDER BY ids.n`,
      [serviceIds],
    );
    const ids = services.map((s) => s.id);
    const orgIds = [...new Set(services.map((s) => s.organization_id as string))];
    const [organizations, serviceAtLocations] = await Promise.all([
      rows('SELECT to_jsonb(o) AS r FROM organization o WHERE o.id = ANY($1::uuid[])', [orgIds]),
      rows('SELECT to_jsonb(x) AS r FROM service_at_location x WHERE x.service_id = ANY($1::uuid[]) ORDER BY x.id', [ids]),
    ]);
    const salIds = serviceAtLocations.map((x) => x.id);
    const locationIds = [...new Set(serviceAtLocations.map((x) => x.location_id as string))];
    const owned = (table: string, columns: string[]) =>
      rows(
        `SELECT to_jsonb(t) AS r FROM ${table} t WHERE ${columns.map((c, i) => `t.${c} = ANY($${i + 1}::uuid[])`).join(' OR ')} ORDER BY t.id`,
        columns.map((c) => ({ service_id: ids, organization_id: orgIds, location_id: locationIds, service_at_location_id: salIds })[c]!),
      );
    const [locations, addresses, phones, schedules, languages, contacts, attributes, serviceAreas, costOptions, requiredDocuments] =
      await Promise.all([
        rows('SELECT to_jsonb(l) AS r FROM location l WHERE l.id = ANY($1::uuid[])', [locationIds]),
        owned('address', ['location_id']),
        owned('phone', ['service_id', 'organization_id', 'location_id', 'service_at_location_id']),
        owned('schedule', ['service_id', 'location_id', 'service_at_location_id']),
        owned('language', ['service_id', 'location_id']),
        owned('contact', ['service_id', 'organization_id']),
        owned('attribute', ['service_id', 'organization_id', 'location_id']),
        owned('service_area', ['service_id']),
        owned('cost_option', ['service_id']),
        owned('required_document', ['service_id']),
      ]);
    const contactPhones = await rows('SELECT to_jsonb(p) AS r FROM phone p WHERE p.contact_id = ANY($1::uuid[]) ORDER BY p.id', [
      contacts.map((c) => c.id),
    ]);
    const terms = await this.termRows([...new Set(attributes.map((a) => a.taxonomy_term_id as string))], manager);
    const taxonomies = await rows('SELECT to_jsonb(t) AS r FROM taxonomy t WHERE t.id = ANY($1::uuid[])', [
      [...new Set(terms.map((t) => t.taxonomy_id as string))],
    ]);
    return {
      services,
      organizations: byId(organizations),
      serviceAtLocations: groupBy(serviceAtLocations, 'service_id'),
      locations: byId(locations),
      addresses: groupBy(addresses, 'location_id'),
      phones: groupByOwner(
        [...phones, ...contactPhones],
        ['service_id', 'organization_id', 'location_id', 'service_at_location_id', 'contact_id'],
      ),
      schedules: groupByOwner(schedules, ['service_id', 'location_id', 'service_at_location_id']),
      languages: groupByOwner(languages, ['service_id', 'location_id']),
      contacts: groupByOwner(contacts, ['service_id', 'organization_id']),
      attributes: groupByOwner(attributes, ['service_id', 'organization_id', 'location_id']),
      serviceAreas: groupBy(serviceAreas, 'service_id'),
      costOptions: groupBy(costOptions, 'service_id'),
      requiredDocuments: groupBy(requiredDocuments, 'service_id'),
      terms: byId(terms),
      taxonomies: byId(taxonomies),
    };
  }

  /** Terms by id, as rows. */
  async loadTerms(termIds: string[]): Promise<{ terms: Row[]; taxonomies: Map<string, Row> }> {
    const terms = await this.termRows(termIds, this.dataSource.manager);
    const taxonomyIds = [...new Set(terms.map((t) => t.taxonomy_id as string))];
    const taxonomies =
      taxonomyIds.length === 0
        ? []
        : (
            await this.dataSource.query<{ r: Row }[]>('SELECT to_jsonb(t) AS r FROM taxonomy t WHERE t.id = ANY($1::uuid[])', [taxonomyIds])
          ).map((x) => x.r);
    return { terms, taxonomies: byId(taxonomies) };
  }

  /** The terms themselves only: HSDS links a term to its parent by `parent_id`, not by nesting. */
  private async termRows(termIds: string[], manager: EntityManager): Promise<Row[]> {
    if (termIds.length === 0) return [];
    const result = await manager.query<{ r: Row }[]>(
      'SELECT to_jsonb(t) - $2::text AS r FROM taxonomy_term t WHERE t.id = ANY($1::uuid[]) ORDER BY t.taxonomy, t.position, t.code',
      [termIds, 'keywords'],
    );
    return result.map((x) => x.r);
  }
}
