import { Controller, Get, Ip, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { SearchQueryDto, SearchResponseDto } from './search.dto.js';
import { SearchService } from './search.service.js';
import { SearchLog, sessionSourceOf } from '../insights/searches/search-log.js';
import { normaliseSearchText } from '../insights/searches/search-text.js';

/** The UI languages result lists are translated into. */
const HIT_LANGUAGES = ['nl', 'en', 'fr', 'ar', 'tr', 'pl'];

/** The preferred of the UI languages in an Accept-Language header (region subtags ignored: `ar-MA` is `ar`). */
export function hitLanguage(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const primary = header.replace(/(^|,)\s*([a-zA-Z]{2,3})-[a-zA-Z0-9-]+/g, '$1$2').toLowerCase();
  return negotiate(primary, HIT_LANGUAGES) ?? undefined;
}

@ApiTags('search')
@Controller({ path: 'search', version: '1' })
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly searchLog: SearchLog,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Search published services: free text, filters (AND; repeated values OR), facets, distance, opening hours' })
  @ApiOkResponse({
    type: SearchResponseDto,
    headers: {
      'X-Search-Engine': { description: 'The engine that answered: memory or meilisearch.', schema: { type: 'string' } },
    },
  })
  @ApiProblems(400)
  async find(
    @Query() query: SearchQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Ip() address: string,
    @Req() request: FastifyRequest,
  ): Promise<SearchResponseDto> {
    const result = await this.search.search(query, new Date(), query.lang ?? hitLanguage(request.headers['accept-language']));
    void reply.header('X-Search-Engine', result.engine);
    // One search, not each page of it; anonymously (docs/insights.md).
    if (query.page === 1) {
      this.searchLog.record({
        source: 'online',
        engine: result.engine,
        lifeDomains: query.lifeDomain ?? [],
        targetGroups: query.targetGroup ?? [],
        languages: query.language ?? [],
        districts: await this.searchLog.districtsOf(query.district ?? [], query.wijk ?? []),
        wijken: query.wijk ?? [],
        isFree: query.free === true,
        isWalkIn: query.walkIn === true,
        text: normaliseSearchText(query.q),
        resultCount: result.total,
        sessionSource: sessionSourceOf(address, request.headers['user-agent']),
      });
    }
    return result;
  }
}
