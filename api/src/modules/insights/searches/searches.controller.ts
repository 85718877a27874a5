import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../../../common/problem/api-problems.decorator.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { CsrfExempt } from '../../auth/csrf.js';
import { CurrentUser } from '../../auth/current-user.decorator.js';
import { ApiJsonOrCsv, jsonOrCsv } from '../insights.controller.js';
import { searchesCsv } from './searches-csv.js';
import { SearchesQueryDto, SearchesResponseDto, UploadReceiptDto, UploadSearchesDto } from './searches.dto.js';
import { SearchesService } from './searches.service.js';

@ApiTags('insights')
@Controller({ path: 'insights/searches', version: '1' })
export class SearchesController {
  constructor(private readonly searches: SearchesService) {}

  @Get()
  @ApiOperation({
    summary: 'What people search for in vain: zero- and low-result searches per week, by life domain and district, with trends',
    description:
      'Public as an aggregate of filters and counts. Moderators and admins (session cookie) also get `texts`: normalised free texts that at least 5 different sessions searched.',
  })
  @ApiJsonOrCsv(SearchesResponseDto)
  @ApiProblems(400)
  async analytics(
    @Query() query: SearchesQueryDto,
    @CurrentUser() user: AuthUser | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SearchesResponseDto | string> {
    return jsonOrCsv(reply, query.format, 'zoekopdrachten', await this.searches.analytics(query, user), searchesCsv);
  }

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  // Anonymous and tied to no session, so a logged-in user needs no CSRF token; cross-site posts are still refused.
  @CsrfExempt()
  @ApiOperation({
    summary: 'Count searches the phone made offline, when it syncs (filters and result counts, at most 50 a request)',
    description: 'Rate limited per connection (20 uploads an hour). Nothing about the sender is stored; a free text only normalised.',
  })
  @ApiAcceptedResponse({ type: UploadReceiptDto })
  @ApiProblems(400, 403, 429)
  upload(@Body() body: UploadSearchesDto, @Ip() address: string, @Req() request: FastifyRequest): Promise<UploadReceiptDto> {
    return this.searches.upload(body, address, request.headers['user-agent']);
  }
}
