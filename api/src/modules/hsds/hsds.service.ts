// The rules of the /hsds read API: only published listings, HSDS pagination, full or list shapes.
import { Inject, Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../common/problem/domain-exception.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { HsdsGraphRepository } from './hsds-graph.repository.js';
import { HsdsReadRepository, type ServiceAtLocationFilters, type ServiceFilters } from './hsds-read.repository.js';
import { profileDocument, profiledOpenApi } from './hsds-profile.js';
import {
  type HsdsObject,
  HsdsSerializer,
  serializeLocationScalars,
  serializeOrganizationScalars,
  serializeServiceScalars,
  serializeTaxonomy,
  serializeTerm,
} from './hsds-serializer.js';

export const HSDS_VERSION = '3.0';

/** The HSDS `Page`: every field the specification defines, `contents` last. */
export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsObject[];
}

export interface PageParams {
  page: number;
  perPage: number;
}

/** Services a full export loads at a time: large enough to amortise the queries, small enough for memory. */
const EXPORT_CHUNK = 500;

export function toHsdsPage(contents: HsdsObject[], total: number, { page, perPage }: PageParams): HsdsPage {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

const pageWindow = ({ page, perPage }: PageParams) => ({ offset: (page - 1) * perPage, limit: perPage });

@Injectable()
export class HsdsService {
  constructor(
    private readonly read: HsdsReadRepository,
    private readonly graphs: HsdsGraphRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  root(baseUrl: string): { version: string; profile: string; openapi_url: string } {
    return { version: HSDS_VERSION, profile: `${baseUrl}/hsds/profile`, openapi_url: `${baseUrl}/hsds/openapi.json` };
  }

  profile(baseUrl: string): Record<string, unknown> {
    return profileDocument(baseUrl);
  }

  openApi(baseUrl: string): Promise<unknown> {
    return profiledOpenApi(this.config.dataDir, baseUrl);
  }

  async services(filters: ServiceFilters, page: PageParams, shape: { isFull: boolean; isMinimal: boolean }): Promise<HsdsPage> {
    if (shape.isMinimal) {
      const { rows, total } = await this.read.findServiceStamps(filters, pageWindow(page));
      const contents = rows.map((row) => ({ id: row.id, last_modified: new Date(row.updated_at as string).toISOString() }));
      return toHsdsPage(contents, total, page);
    }
    const { ids, total } = await this.read.findServiceIds(filters, pageWindow(page));
    const graph = await this.graphs.load(ids);
    const contents = shape.isFull
      ? new HsdsSerializer(graph).services()
      : graph.services.map((row) => {
          const service = serializeServiceScalars(row);
          const organization = graph.organizations.get(row.organization_id as string);
          if (organization) service.organization = serializeOrganizationScalars(organization);
          return service;
        });
    return toHsdsPage(contents, total, page);
  }

  /** Every matching published service, fully nested, a chunk at a time (for NDJSON). */
  async *allServices(filters: ServiceFilters): AsyncGenerator<HsdsObject> {
    const ids = Object.values(filters).some((v) => v !== undefined)
      ? (await this.read.findServiceIds(filters, { offset: 0, limit: Number.MAX_SAFE_INTEGER })).ids
      : await this.read.findAllServiceIds();
    for (let i = 0; i < ids.length; i += EXPORT_CHUNK) {
      yield* new HsdsSerializer(await this.graphs.load(ids.slice(i, i + EXPORT_CHUNK))).services();
    }
  }

  async service(id: string): Promise<HsdsObject> {
    if (!(await this.read.isPublishedService(id))) throw new NotFoundProblem('published service', id);
    const [service] = new HsdsSerializer(await this.graphs.load([id])).services();
    return service;
  }

  async organizations(search: string | undefined, page: PageParams, shape: { isFull: boolean; isFullService: boolean }): Promise<HsdsPage> {
    const { ids, total } = await this.read.findOrganizationIds(search, pageWindow(page));
    const contents =
      shape.isFull || shape.isFullService
        ? await Promise.all(ids.map((id) => this.organization(id, shape.isFullService)))
        : (await this.read.findOrganizations(ids)).map(serializeOrganizationScalars);
    return toHsdsPage(contents, total, page);
  }

  async organization(id: string, isFullService: boolean): Promise<HsdsObject> {
    const [row] = await this.read.findOrganizations([id]);
    if (!row) throw new NotFoundProblem('published organization', id);
    const serviceIds = await this.read.findServiceIdsOfOrganization(id);
    const graph = await this.graphs.load(serviceIds);
    const serializer = new HsdsSerializer(graph);
    const organization = serializer.organization(row);
    const locations = new Map<string, HsdsObject>();
    const services = graph.services.map((service) => {
      const full = serializer.service(service);
      for (const sal of (full.service_at_locations as HsdsObject[] | undefined) ?? []) {
        const location = sal.location as HsdsObject | undefined;
        if (location && location.organization_id === id) locations.set(location.id as string, location);
      }
      delete full.organization;
      return isFullService ? full : { id: full.id, name: full.name, status: full.status };
    });
    if (services.length > 0) organization.services = services;
    if (locations.size > 0) organization.locations = [...locations.values()];
    return organization;
  }

  async serviceAtLocations(filters: ServiceAtLocationFilters, page: PageParams, isFull: boolean): Promise<HsdsPage> {
    const { ids, total } = await this.read.findServiceAtLocationIds(filters, pageWindow(page));
    const contents = await this.serviceAtLocationObjects(ids, isFull);
    return toHsdsPage(contents, total, page);
  }

  async serviceAtLocation(id: string): Promise<HsdsObject> {
    const [sal] = await this.serviceAtLocationObjects([id], true);
    if (!sal) throw new NotFoundProblem('published service at location', id);
    return sal;
  }

  private async serviceAtLocationObjects(ids: string[], isFull: boolean): Promise<HsdsObject[]> {
    const rows = await this.read.findServiceAtLocations(ids);
    const graph = await this.graphs.load([...new Set(rows.map((r) => r.service_id as string))]);
    const serializer = new HsdsSerializer(graph);
    const services = new Map(graph.services.map((s) => [s.id, s]));
    return rows.map((row) => {
      const service = services.get(row.service_id as string)!;
      if (isFull) return { ...serializer.serviceAtLocation(row), service: serializer.service(service) };
      const sal = serializer.serviceAtLocation(row);
      const location = graph.locations.get(row.location_id as string);
      const list: HsdsObject = { id: sal.id, service_id: sal.service_id, location_id: sal.location_id };
      if (sal.description) list.description = sal.description;
      if (location) list.location = serializeLocationScalars(location);
      list.service = serializeServiceScalars(service);
      return list;
    });
  }

  async taxonomies(search: string | undefined, page: PageParams): Promise<HsdsPage> {
    const { ids, total } = await this.read.findTaxonomyIds(search, pageWindow(page));
    return toHsdsPage((await this.read.findTaxonomies(ids)).map(serializeTaxonomy), total, page);
  }

  async taxonomy(id: string): Promise<HsdsObject> {
    const [row] = await this.read.findTaxonomies([id]);
    if (!row) throw new NotFoundProblem('taxonomy', id);
    return serializeTaxonomy(row);
  }

  async taxonomyTerms(
    filters: { search?: string; taxonomyId?: string; parentId?: string; isTopOnly?: boolean },
    page: PageParams,
  ): Promise<HsdsPage> {
    const { ids, total } = await this.read.findTermIds(filters, pageWindow(page));
    const { terms, taxonomies } = await this.graphs.loadTerms(ids);
    const byId = new Map(terms.map((t) => [t.id, t]));
    return toHsdsPage(
      ids.map((id) => serializeTerm(byId.get(id)!, taxonomies)),
      total,
      page,
    );
  }

  async taxonomyTerm(id: string): Promise<HsdsObject> {
    const { terms, taxonomies } = await this.graphs.loadTerms([id]);
    if (terms.length === 0) throw new NotFoundProblem('taxonomy term', id);
    return serializeTerm(terms[0], taxonomies);
  }
}
