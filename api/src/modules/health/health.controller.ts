import { Controller, Get, Inject, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthCheckResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { coreVersion } from '@sociale-kaart/core/version';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import type { EngineState } from '../../search/search-engine.js';
import { SEARCH_ENGINES, type SearchEngines } from '../../search/search-engines.js';

class EngineStateDto implements EngineState {
  @ApiProperty({ enum: ['memory', 'meilisearch'] })
  engine: EngineState['engine'];

  @ApiProperty({
    enum: ['ready', 'filling', 'lagging', 'down', 'disabled'],
    description: 'Only a ready engine answers searches: filling (indexed of total services), lagging (lagBy changes behind), down.',
  })
  state: EngineState['state'];

  @ApiProperty({ required: false, description: 'Services in its index.' })
  indexed?: number;

  @ApiProperty({ required: false, description: 'Published services.' })
  total?: number;

  @ApiProperty({ required: false, description: 'Changes not yet applied to its index.' })
  lagBy?: number;
}

class SearchHealthDto {
  @ApiProperty({ enum: ['memory', 'meilisearch'], description: 'The configured engine.' })
  primary: string;

  @ApiProperty({ type: [EngineStateDto], description: 'Every engine, the primary first.' })
  engines: EngineStateDto[];
}

class HealthDto {
  @ApiProperty({
    enum: ['ok', 'degraded'],
    example: 'ok',
    description: '`degraded`: the configured search engine does not answer; the fallback does.',
  })
  status: string;

  @ApiProperty({ example: { database: { status: 'up' } }, description: 'State of each dependency.' })
  details: Record<string, { status: string }>;

  @ApiProperty({ type: SearchHealthDto })
  search: SearchHealthDto;

  @ApiProperty({
    example: '0.1.0+8982ee610ec7',
    description:
      'Version of the search core this API runs (package version + digest of its sources); the PWA built from the same core carries the same one in `<meta name="core-version">`.',
  })
  coreVersion: string;
}

/** Read once: the core this process loaded. */
const CORE_VERSION = coreVersion();

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    @Inject(SEARCH_ENGINES) private readonly engines: SearchEngines,
  ) {}

  @Get()
  // Documented here rather than by terminus, whose optional swagger hook depends on how it is loaded.
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({
    summary: 'Liveness, database and search engines (503 problem+json with `checks` when the database does not answer)',
  })
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems(503)
  async check(): Promise<
    (HealthCheckResult | (Omit<HealthCheckResult, 'status'> & { status: 'degraded' })) & { search: SearchHealthDto; coreVersion: string }
  > {
    const result = await this.health.check([() => this.database.pingCheck('database', { timeout: 3000 })]);
    const engines = this.engines.all.map((engine) => engine.state());
    const isAnswering = engines[0].state === 'ready';
    return {
      ...result,
      status: isAnswering ? result.status : 'degraded',
      search: { primary: this.engines.primary.name, engines },
      coreVersion: CORE_VERSION,
    };
  }
}
