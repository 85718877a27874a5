import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageOf, type Page } from '../../common/pagination/page.js';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe } from '../../common/validation/validation.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { LoggedIn, Roles } from '../auth/roles.js';
import { EditingService } from './editing.service.js';
import {
  ApproveResultDto,
  ApproveRevisionDto,
  RejectRevisionDto,
  RevisionDto,
  RevisionListQueryDto,
  StaleQueryDto,
  StaleServiceDto,
} from './revisions.dto.js';
import { RevisionsService } from './revisions.service.js';

@ApiTags('moderation')
@Controller({ version: '1' })
export class RevisionsController {
  constructor(
    private readonly revisions: RevisionsService,
    private readonly editing: EditingService,
  ) {}

  @Get('revisions')
  @LoggedIn()
  @ApiOperation({
    summary: 'Revisions by status, oldest first, each with a field-by-field diff (moderator, admin; editors with mine=true)',
  })
  @ApiOkResponse({ type: [RevisionDto] })
  @ApiProblems(400, 401, 403)
  list(@CurrentUser() actor: AuthUser, @Query() query: RevisionListQueryDto): Promise<RevisionDto[]> {
    return this.revisions.list(actor, query.status ?? 'pending', query.mine ?? false);
  }

  @Post('revisions/:id/approve')
  @HttpCode(200)
  @Roles('admin', 'moderator')
  @ApiOperation({ summary: 'Publish a pending revision; 409 when the service changed since (moderator, admin)' })
  @ApiOkResponse({ type: ApproveResultDto })
  @ApiProblems(400, 401, 403, 404, 409)
  approve(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ApproveRevisionDto,
  ): Promise<ApproveResultDto> {
    return this.revisions.approve(actor, id, body.comment ?? null);
  }

  @Post('revisions/:id/reject')
  @HttpCode(200)
  @Roles('admin', 'moderator')
  @ApiOperation({ summary: 'Reject a pending revision with a comment; it is never published (moderator, admin)' })
  @ApiOkResponse({ type: RevisionDto })
  @ApiProblems(400, 401, 403, 404, 409)
  reject(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string, @Body() body: RejectRevisionDto): Promise<RevisionDto> {
    return this.revisions.reject(actor, id, body.comment);
  }

  @Get('moderation/stale')
  @Roles('admin', 'moderator')
  @ApiOperation({ summary: 'Public services not verified for 180 days or never, never-verified and oldest first (moderator, admin)' })
  @ApiOkResponse({ type: PageOf(StaleServiceDto) })
  @ApiProblems(400, 401, 403)
  stale(@Query() query: StaleQueryDto): Promise<Page<StaleServiceDto>> {
    return this.editing.stale(query);
  }
}
