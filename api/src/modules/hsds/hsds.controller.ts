// The HSDS 3.0 read API at /hsds (outside /api: its paths are the specification's). Open to all,
// no key; CORS `*` is added by the module for every /hsds response.
import { Readable } from 'node:stream';
import { Controller, Get, Inject, Param, Query, StreamableFile, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe } from '../../common/validation/validation.js';
import {
  HSDS_MAX_PER_PAGE,
  HsdsOrganizationDetailQueryDto,
  HsdsOrganizationQueryDto,
  HsdsPageQueryDto,
  HsdsServiceAtLocationQueryDto,
  HsdsServiceQueryDto,
  HsdsTaxonomyTermQueryDto,
} from './hsds.dto.js';
import { type HsdsPage, HsdsService, type PageParams } from './hsds.service.js';
import type { HsdsObject } from './hsds-serializer.js';

const HSDS_OBJECT = { type: 'object', additionalProperties: true, description: 'An HSDS 3.0 object (see /hsds/openapi.json).' };
const HSDS_PAGE = { type: 'object', additionalProperties: true, description: 'An HSDS 3.0 Page: total_items … empty, contents.' };
export const NDJSON = 'application/x-ndjson';

const pageOf = (query: HsdsPageQueryDto): PageParams => ({ page: query.page, perPage: query.per_page });

function ndjson(objects: AsyncIterable<HsdsObject>): StreamableFile {
  async function* lines() {
    for await (const object of objects) yield `${JSON.stringify(object)}\n`;
  }
  return new StreamableFile(Readable.from(lines()), { type: NDJSON });
}

/** Every item of a paged listing, page by page: NDJSON for the listings other than services. */
async function* everyItem(fetch: (page: PageParams) => Promise<HsdsPage>): AsyncGenerator<HsdsObject> {
  for (let page = 1; ; page++) {
    const result = await fetch({ page, perPage: HSDS_MAX_PER_PAGE });
    yield* result.contents;
    if (result.last_page || result.empty) return;
  }
}

@ApiTags('hsds')
@Controller({ path: 'hsds', version: VERSION_NEUTRAL })
export class HsdsController {
  /** Links name the configured public address, never the request's `Host`, which any client can set. */
  private readonly baseUrl: string;

  constructor(
    private readonly hsds: HsdsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.baseUrl = config.auth.publicUrl;
  }

  @Get()
  @ApiOperation({ summary: 'HSDS: version, profile and OpenAPI document of this API' })
  @ApiOkResponse({ schema: HSDS_OBJECT })
  root(): { version: string; profile: string; openapi_url: string } {
    return this.hsds.root(this.baseUrl);
  }

  @Get('profile')
  @ApiOperation({ summary: 'HSDS: our profile (JSON merge patches on the HSDS schemas and OpenAPI)' })
  @ApiOkResponse({ schema: HSDS_OBJECT })
  profile(): Record<string, unknown> {
    return this.hsds.profile(this.baseUrl);
  }

  @Get('openapi.json')
  @ApiOperation({ summary: 'HSDS: the HSDS 3.0 OpenAPI document with our profile applied' })
  @ApiOkResponse({ schema: HSDS_OBJECT })
  openApi(): Promise<unknown> {
    return this.hsds.openApi(this.baseUrl);
  }

  @Get('services')
  @ApiOperation({ summary: 'HSDS: published services; `format=ndjson` streams every one, fully nested' })
  @ApiOkResponse({ schema: HSDS_PAGE })
  @ApiProduces('application/json', NDJSON)
  @ApiProblems(400)
  services(@Query() query: HsdsServiceQueryDto): Promise<HsdsPage> | StreamableFile {
    const filters = {
      search: query.search,
      taxonomyTermId: query.taxonomy_term_id,
      taxonomyId: query.taxonomy_id,
      organizationId: query.organization_id,
      modifiedAfter: query.modified_after,
    };
    if (query.format === 'ndjson') return ndjson(this.hsds.allServices(filters));
    return this.hsds.services(filters, pageOf(query), { isFull: query.full, isMinimal: query.minimal });
  }

  @Get('services/:id')
  @ApiOperation({ summary: 'HSDS: one published service, fully nested' })
  @ApiOkResponse({ schema: HSDS_OBJECT })
  @ApiProblems(400, 404)
  service(@Param('id', ParseIdPipe) id: string): Promise<HsdsObject> {
    return this.hsds.service(id);
  }

  @Get('organizations')
  @ApiOperation({ summary: 'HSDS: published organizations' })
  @ApiOkResponse({ schema: HSDS_PAGE })
  @ApiProduces('application/json', NDJSON)
  @ApiProblems(400)
  organizations(@Query() query: HsdsOrganizationQueryDto): Promise<HsdsPage> | StreamableFile {
    const shape = { isFull: query.full, isFullService: query.full_service };
    const fetch = (page: PageParams) => this.hsds.organizations(query.search, page, shape);
    return query.format === 'ndjson' ? ndjson(everyItem(fetch)) : fetch(pageOf(query));
  }

  @Get('organizations/:id')
  @ApiOperation({ summary: 'HSDS: one published organization with its services and locations' })
  @ApiOkResponse({ schema: HSDS_OBJECT })
  @ApiProblems(400, 404)
  organization(@Param('id', ParseIdPipe) id: string, @Query() query: HsdsOrganizationDetailQueryDto): Promise<HsdsObject> {
    return this.hsds.organization(id, query.full_service);
  }

  @Get('service_at_locations')
  @ApiOperation({ summary: 'HSDS: published services at their locations; `postcode` and `proximity` (metres)' })
  @ApiOkResponse({ schema: HSDS_PAGE })
  @ApiProduces('application/json', NDJSON)
  @ApiProblems(400)
  serviceAtLocations(@Query() query: HsdsServiceAtLocationQueryDto): Promise<HsdsPage> | StreamableFile {
    const filters = {
      search: query.search,
      taxonomyTermId: query.taxonomy_term_id,
      taxonomyId: query.taxonomy_id,
      organizationId: query.organization_id,
      modifiedAfter: query.modified_after,
      postcode: query.postcode,
      proximity: query.postcode ? query.proximity : undefined,
    };
    const fetch = (page: PageParams) => this.hsds.serviceAtLocations(filters, page, query.full);
    return query.format === 'ndjson' ? ndjson(everyItem(fetch)) : fetch(pageOf(query));
  }

  @Get('service_at_locations/:id')
  @ApiOperation({ summary: 'HSDS: one published service at location, fully nested' })
  @ApiOkResponse({ schema: HSDS_OBJECT })
  @ApiProblems(400, 404)
  serviceAtLocation(@Param('id', ParseIdPipe) id: string): Promise<HsdsObject> {
    return this.hsds.serviceAtLocation(id);
  }

  @Get('taxonomies')
  @ApiOperation({ summary: 'HSDS: taxonomies' })
  @ApiOkResponse({ schema: HSDS_PAGE })
  @ApiProduces('application/json', NDJSON)
  @ApiProblems(400)
  taxonomies(@Query() query: HsdsPageQueryDto): Promise<HsdsPage> | StreamableFile {
    const fetch = (page: PageParams) => this.hsds.taxonomies(query.search, page);
    return query.format === 'ndjson' ? ndjson(everyItem(fetch)) : fetch(pageOf(query));
  }

  @Get('taxonomies/:id')
  @ApiOperation({ summary: 'HSDS: one taxonomy' })
  @ApiOkResponse({ schema: HSDS_OBJECT })
  @ApiProblems(400, 404)
  taxonomy(@Param('id', ParseIdPipe) id: string): Promise<HsdsObject> {
    return this.hsds.taxonomy(id);
  }

  @Get('taxonomy_terms')
  @ApiOperation({ summary: 'HSDS: taxonomy terms' })
  @ApiOkResponse({ schema: HSDS_PAGE })
  @ApiProduces('application/json', NDJSON)
  @ApiProblems(400)
  taxonomyTerms(@Query() query: HsdsTaxonomyTermQueryDto): Promise<HsdsPage> | StreamableFile {
    const filters = { search: query.search, taxonomyId: query.taxonomy_id, parentId: query.parent_id, isTopOnly: query.top_only };
    const fetch = (page: PageParams) => this.hsds.taxonomyTerms(filters, page);
    return query.format === 'ndjson' ? ndjson(everyItem(fetch)) : fetch(pageOf(query));
  }

  @Get('taxonomy_terms/:id')
  @ApiOperation({ summary: 'HSDS: one taxonomy term' })
  @ApiOkResponse({ schema: HSDS_OBJECT })
  @ApiProblems(400, 404)
  taxonomyTerm(@Param('id', ParseIdPipe) id: string): Promise<HsdsObject> {
    return this.hsds.taxonomyTerm(id);
  }
}
