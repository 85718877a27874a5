// The SQL of the /hsds read API: which published records match the filters, one page at a time.
// Every filter is a small named fragment; fragments combine with AND.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Row } from './hsds-graph.repository.js';

export interface ServiceFilters {
  search?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  modifiedAfter?: Date;
}

export interface ServiceAtLocationFilters extends ServiceFilters {
  postcode?: string;
  /** Metres from the postcode's centroid; only with `postcode`. */
  proximity?: number;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

/** Collects parameters as `$n` placeholders. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** An ILIKE pattern that matches the text anywhere, with its own wildcards taken literally. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const PUBLISHED_SERVICE = `s.publication_state = 'published' AND o.publication_state = 'published'`;

function serviceConditions(f: ServiceFilters, p: Params): string[] {
  const where = [PUBLISHED_SERVICE];
  if (f.search) {
    const pattern = p.add(contains(f.search));
    where.push(`(unaccent(s.name) ILIKE unaccent(${pattern}) OR unaccent(coalesce(s.description, '')) ILIKE unaccent(${pattern}))`);
  }
  if (f.taxonomyTermId) {
    where.push(`EXISTS (SELECT 1 FROM attribute a WHERE a.service_id = s.id AND a.taxonomy_term_id = ${p.add(f.taxonomyTermId)})`);
  }
  if (f.taxonomyId) {
    where.push(
      `EXISTS (SELECT 1 FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
               WHERE a.service_id = s.id AND t.taxonomy_id = ${p.add(f.taxonomyId)})`,
    );
  }
  if (f.organizationId) where.push(`s.organization_id = ${p.add(f.organizationId)}`);
  if (f.modifiedAfter) where.push(`s.updated_at >= ${p.add(f.modifiedAfter)}`);
  return where;
}

/**
 * Serves residents of the postcode: no service area (the whole city), the city, that postcode, or
 * a district (or a wijk of a district) whose postcodes include it.
 */
function servesPostcode(postcode: string): string {
  return `(NOT EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id)
    OR EXISTS (SELECT 1 FROM service_area sa WHERE sa.service_id = s.id AND (
      sa.scope = 'city'
      OR (sa.scope = 'postcode' AND sa.code = ${postcode})
      OR (sa.scope = 'district' AND EXISTS (SELECT 1 FROM district d WHERE d.id = sa.code AND ${postcode} = ANY(d.postcodes)))
      OR (sa.scope = 'wijk' AND EXISTS (SELECT 1 FROM wijk w JOIN district d ON d.id = w.district_id
                                          WHERE w.id = sa.code AND ${postcode} = ANY(d.postcodes))))))`;
}

/** The centroid of a postcode: the mean of our located addresses there, else its district's label point. */
function postcodeCentroid(postcode: string): string {
  return `(SELECT coalesce(avg(l.latitude), (SELECT d.label_latitude FROM district d WHERE ${postcode} = ANY(d.postcodes) LIMIT 1)) AS lat,
                 coalesce(avg(l.longitude), (SELECT d.label_longitude FROM district d WHERE ${postcode} = ANY(d.postcodes) LIMIT 1)) AS lng
            FROM address ad JOIN location l ON l.id = ad.location_id
           WHERE ad.postal_code = ${postcode} AND l.latitude IS NOT NULL)`;
}

@Injectable()
export class HsdsReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ids of one page of published services by name, and how many match in all. */
  async findServiceIds(filters: ServiceFilters, page: PageRequest): Promise<{ ids: string[]; total: number }> {
    const p = new Params();
    const where = serviceConditions(filters, p).join(' AND ');
    return this.page(p, `FROM service s JOIN organization o ON o.id = s.organization_id WHERE ${where}`, 's.id', 's.name, s.id', page);
  }

  /** `id` and `updated_at` of every matching service (`minimal`). */
  async findServiceStamps(filters: ServiceFilters, page: PageRequest): Promise<{ rows: Row[]; total: number }> {
    const { ids, total } = await this.findServiceIds(filters, page);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT s.id, s.updated_at FROM unnest($1::uuid[]) WITH ORDINALITY AS i(id, n) JOIN service s ON s.id = i.id ORDER BY i.n`,
      [ids],
    );
    return { rows, total };
  }

  /** Every published service id, by id: the order of a full export. */
  async findAllServiceIds(): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id WHERE ${PUBLISHED_SERVICE} ORDER BY s.id`,
    );
    return rows.map((r) => r.id);
  }

  async isPublishedService(id: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id = $1 AND ${PUBLISHED_SERVICE}`,
      [id],
    );
    return rows.length > 0;
  }

  async findServiceAtLocationIds(filters: ServiceAtLocationFilters, page: PageRequest): Promise<{ ids: string[]; total: number }> {
    const p = new Params();
    const where = serviceConditions(filters, p);
    let from = 'FROM service_at_location x JOIN service s ON s.id = x.service_id JOIN organization o ON o.id = s.organization_id';
    if (filters.postcode) {
      const postcode = p.add(filters.postcode);
      where.push(servesPostcode(postcode));
      if (filters.proximity !== undefined) {
        from += ` JOIN location l ON l.id = x.location_id CROSS JOIN ${postcodeCentroid(postcode)} c`;
        where.push(
          `c.lat IS NOT NULL AND earth_distance(ll_to_earth(l.latitude, l.longitude), ll_to_earth(c.lat, c.lng)) <= ${p.add(filters.proximity)}`,
        );
      }
    }
    return this.page(p, `${from} WHERE ${where.join(' AND ')}`, 'x.id', 's.name, x.id', page);
  }

  /** The service at location rows, and the published service each belongs to. */
  async findServiceAtLocations(ids: string[]): Promise<Row[]> {
    const rows = await this.dataSource.query<{ r: Row }[]>(
      `SELECT to_jsonb(x) AS r FROM unnest($1::uuid[]) WITH ORDINALITY AS i(id, n)
         JOIN service_at_location x ON x.id = i.id JOIN service s ON s.id = x.service_id JOIN organization o ON o.id = s.organization_id
        WHERE ${PUBLISHED_SERVICE} ORDER BY i.n`,
      [ids],
    );
    return rows.map((r) => r.r);
  }

  /** Ids of one page of published organizations, by name. */
  async findOrganizationIds(search: string | undefined, page: PageRequest): Promise<{ ids: string[]; total: number }> {
    const p = new Params();
    const where = [`o.publication_state = 'published'`];
    if (search) where.push(`unaccent(o.name) ILIKE unaccent(${p.add(contains(search))})`);
    return this.page(p, `FROM organization o WHERE ${where.join(' AND ')}`, 'o.id', 'o.name, o.id', page);
  }

  async findOrganizations(ids: string[]): Promise<Row[]> {
    const rows = await this.dataSource.query<{ r: Row }[]>(
      `SELECT to_jsonb(o) AS r FROM unnest($1::uuid[]) WITH ORDINALITY AS i(id, n) JOIN organization o ON o.id = i.id
        WHERE o.publication_state = 'published' ORDER BY i.n`,
      [ids],
    );
    return rows.map((r) => r.r);
  }

  /** Published service ids of one organization, by name. */
  async findServiceIdsOfOrganization(organizationId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id
        WHERE s.organization_id = $1 AND ${PUBLISHED_SERVICE} ORDER BY s.name, s.id`,
      [organizationId],
    );
    return rows.map((r) => r.id);
  }

  async findTaxonomyIds(search: string | undefined, page: PageRequest): Promise<{ ids: string[]; total: number }> {
    const p = new Params();
    const where = search ? `WHERE unaccent(t.name) ILIKE unaccent(${p.add(contains(search))})` : '';
    return this.page(p, `FROM taxonomy t ${where}`, 't.id', 't.name, t.id', page);
  }

  async findTaxonomies(ids: string[]): Promise<Row[]> {
    const rows = await this.dataSource.query<{ r: Row }[]>(
      `SELECT to_jsonb(t) AS r FROM unnest($1::uuid[]) WITH ORDINALITY AS i(id, n) JOIN taxonomy t ON t.id = i.id ORDER BY i.n`,
      [ids],
    );
    return rows.map((r) => r.r);
  }

  async findTermIds(
    filters: { search?: string; taxonomyId?: string; parentId?: string; isTopOnly?: boolean },
    page: PageRequest,
  ): Promise<{ ids: string[]; total: number }> {
    const p = new Params();
    const where = ['TRUE'];
    if (filters.search) where.push(`unaccent(t.name) ILIKE unaccent(${p.add(contains(filters.search))})`);
    if (filters.taxonomyId) where.push(`t.taxonomy_id = ${p.add(filters.taxonomyId)}`);
    if (filters.parentId) where.push(`t.parent_id = ${p.add(filters.parentId)}`);
    if (filters.isTopOnly) where.push('t.parent_id IS NULL');
    return this.page(p, `FROM taxonomy_term t WHERE ${where.join(' AND ')}`, 't.id', 't.taxonomy, t.position, t.code, t.id', page);
  }

  private async page(p: Params, from: string, id: string, order: string, page: PageRequest): Promise<{ ids: string[]; total: number }> {
    const limit = p.add(page.limit);
    const offset = p.add(page.offset);
    const rows = await this.dataSource.query<{ id: string; total: number }[]>(
      `SELECT ${id} AS id, count(*) OVER ()::int AS total ${from} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
      p.values,
    );
    if (rows.length > 0 || page.offset === 0) return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? 0 };
    // Past the last page the window has no rows to count over.
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, p.values.slice(0, -2));
    return { ids: [], total };
  }
}
