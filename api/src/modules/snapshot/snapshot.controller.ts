import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe } from '../../common/validation/validation.js';
import { SnapshotChangesDto, SnapshotChangesQueryDto, SnapshotDto, SnapshotServiceDto } from './snapshot.dto.js';
import { SearchIndexService } from './search-index.service.js';
import { SnapshotService } from './snapshot.service.js';

@ApiTags('snapshot')
@Controller({ path: 'snapshot', version: '1' })
export class SnapshotController {
  constructor(
    private readonly snapshot: SnapshotService,
    private readonly searchIndex: SearchIndexService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Every published service and the holidays, for offline use: ETag/If-None-Match, gzip or brotli (docs/offline.md)',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of the snapshot the client holds.' })
  @ApiOkResponse({
    type: SnapshotDto,
    headers: {
      ETag: { description: 'Strong tag; changes whenever a published listing changes.', schema: { type: 'string' } },
      'Content-Encoding': { description: 'br or gzip, as Accept-Encoding allows.', schema: { type: 'string' } },
    },
  })
  @ApiResponse({ status: 304, description: 'Not modified: the client holds the current snapshot.' })
  async get(
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const download = await this.snapshot.download({ ifNoneMatch, acceptEncoding });
    // no-cache: caches may store it but must revalidate, which the ETag makes a cheap 304.
    void reply.header('ETag', download.etag).header('Cache-Control', 'no-cache').header('Vary', 'Accept-Encoding');
    if (download.isNotModified) return reply.status(304).send();
    if (download.encoding !== 'identity') void reply.header('Content-Encoding', download.encoding);
    return reply.type('application/json; charset=utf-8').send(download.body);
  }

  @Get('search-index')
  @ApiOperation({
    summary:
      "The snapshot's analysed search index (the core's stored text index as bytes): a phone places it instead of analysing every text after a download (docs/offline.md)",
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of the index the client holds.' })
  @ApiOkResponse({
    description: 'The stored text index in the core codec (`decodeStoredTextIndex`); its tag is the snapshot tag it goes with.',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    headers: {
      ETag: { description: '`"i<analysis version>-<snapshot tag>"`, per encoding as the snapshot.', schema: { type: 'string' } },
      'Content-Encoding': { description: 'br or gzip, as Accept-Encoding allows.', schema: { type: 'string' } },
    },
  })
  @ApiResponse({ status: 304, description: 'Not modified: the client holds the current index.' })
  @ApiProblems(503)
  async getSearchIndex(
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const download = await this.searchIndex.download({ ifNoneMatch, acceptEncoding });
    void reply.header('ETag', download.etag).header('Cache-Control', 'no-cache').header('Vary', 'Accept-Encoding');
    if (download.isNotModified) return reply.status(304).send();
    if (download.encoding !== 'identity') void reply.header('Content-Encoding', download.encoding);
    return reply.type('application/octet-stream').send(download.body);
  }

  @Get('changes')
  @ApiOperation({ summary: 'Services changed after a cursor, each once with its current record, or without one when no longer public' })
  @ApiOkResponse({ type: SnapshotChangesDto })
  @ApiProblems(400, 410)
  changes(@Query() query: SnapshotChangesQueryDto): Promise<SnapshotChangesDto> {
    return this.snapshot.changes(query.since, query.limit);
  }

  @Get('services/:id')
  @ApiOperation({ summary: 'One published service as a snapshot record (a detail page opened before the first sync)' })
  @ApiOkResponse({ type: SnapshotServiceDto })
  @ApiProblems(400, 404)
  service(@Param('id', ParseIdPipe) id: string): Promise<SnapshotServiceDto> {
    return this.snapshot.service(id);
  }
}
