import { applyDecorators, Controller, Get, Query, Res, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Page, PageOf } from '../../common/pagination/page.js';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { AreaServiceDto, CoverageResponseDto, GapsResponseDto } from './coverage.dto.js';
import { CoverageService } from './coverage.service.js';
import { FreshnessResponseDto } from './freshness.dto.js';
import { FreshnessService } from './freshness.service.js';
import { coverageCsv, freshnessCsv, gapsCsv } from './insights-csv.js';
import { AreaServicesQueryDto, CoverageQueryDto, FreshnessQueryDto, GapsQueryDto } from './insights-query.dto.js';

/** JSON, or with `format=csv` the same figures as `text/csv`. */
export function ApiJsonOrCsv(type: Type): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(type),
    ApiOkResponse({
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) } },
        // No schema: a CSV body is not JSON (the fuzzer validates every documented schema as JSON).
        'text/csv': { example: 'level,area_id,…\r\ndistrict,borgerhout,…\r\n' },
      },
    }),
  );
}

/** Answers the figures as CSV (an attachment) when asked, else as JSON. */
export function jsonOrCsv<T>(
  reply: FastifyReply,
  format: string | undefined,
  name: string,
  figures: T,
  toCsv: (figures: T) => string,
): T | string {
  if (format !== 'csv') return figures;
  void reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`);
  return toCsv(figures);
}

@ApiTags('insights')
@Controller({ path: 'insights', version: '1' })
export class InsightsController {
  constructor(
    private readonly coverageService: CoverageService,
    private readonly freshnessService: FreshnessService,
  ) {}

  @Get('coverage')
  @ApiOperation({
    summary:
      'Coverage: per district or wijk and category, the published services serving its residents (local, district, city-wide) and located there',
  })
  @ApiJsonOrCsv(CoverageResponseDto)
  @ApiProblems(400)
  async coverage(@Query() query: CoverageQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<CoverageResponseDto | string> {
    return jsonOrCsv(reply, query.format, `dekking-${query.level ?? 'district'}`, await this.coverageService.coverage(query), coverageCsv);
  }

  @Get('coverage/services')
  @ApiOperation({
    summary: 'The published services serving residents of one district or wijk (behind its coverage figure), most local first',
  })
  @ApiOkResponse({ type: PageOf(AreaServiceDto) })
  @ApiProblems(400)
  servicesServing(@Query() query: AreaServicesQueryDto): Promise<Page<AreaServiceDto>> {
    return this.coverageService.servicesServing(query);
  }

  @Get('gaps')
  @ApiOperation({
    summary: 'Gaps: area × life domain (× language or target group) with no service, or only city-wide ones, most searched first',
  })
  @ApiJsonOrCsv(GapsResponseDto)
  @ApiProblems(400)
  async gaps(@Query() query: GapsQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<GapsResponseDto | string> {
    return jsonOrCsv(reply, query.format, `hiaten-${query.level ?? 'district'}`, await this.coverageService.gaps(query), gapsCsv);
  }

  @Get('freshness')
  @ApiOperation({
    summary:
      'Freshness: share of listings verified in the last 180 days per district and life domain, the oldest, per organisation, weekly',
  })
  @ApiJsonOrCsv(FreshnessResponseDto)
  @ApiProblems(400)
  async freshness(
    @Query() query: FreshnessQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FreshnessResponseDto | string> {
    return jsonOrCsv(reply, query.format, 'actualiteit', await this.freshnessService.freshness(query), freshnessCsv);
  }
}
