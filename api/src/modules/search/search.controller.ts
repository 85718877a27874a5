import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { SearchQueryDto, SearchResponseDto } from './search.dto.js';
import { SearchService } from './search.service.js';

@ApiTags('search')
@Controller({ path: 'search', version: '1' })
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @ApiOperation({ summary: 'Search published services: free text, filters (AND; repeated values OR), facets, distance, opening hours' })
  @ApiOkResponse({
    type: SearchResponseDto,
    headers: {
      'X-Search-Engine': { description: 'The engine that answered: memory or meilisearch.', schema: { type: 'string' } },
    },
  })
  @ApiProblems(400)
  async find(@Query() query: SearchQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<SearchResponseDto> {
    const result = await this.search.search(query);
    void reply.header('X-Search-Engine', result.engine);
    return result;
  }
}
