import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe } from '../../common/validation/validation.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { LoggedIn, Roles } from '../auth/roles.js';
import { EditResultDto, EditServiceDto, HistoryChangeDto, RollbackDto, VerifyResultDto } from './editing.dto.js';
import { EditingService } from './editing.service.js';
import { EditableListingDto } from './revisions.dto.js';
import { RevisionsService } from './revisions.service.js';

@ApiTags('editing')
@Controller({ path: 'services', version: '1' })
export class EditingController {
  constructor(
    private readonly editing: EditingService,
    private readonly revisions: RevisionsService,
  ) {}

  @Get(':id/editable')
  @LoggedIn()
  @ApiOperation({
    summary: 'A service as stored, in any publication state, with its pending revisions (editor of its organisation, moderator, admin)',
  })
  @ApiOkResponse({ type: EditableListingDto })
  @ApiProblems(400, 401, 403, 404)
  editable(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string): Promise<EditableListingDto> {
    return this.revisions.editable(actor, id);
  }

  @Patch(':id')
  @LoggedIn()
  @ApiOperation({
    summary:
      'Change a service’s own fields (editor of its organisation, moderator, admin); an editor of an untrusted organisation proposes a revision',
  })
  @ApiOkResponse({ type: EditResultDto })
  @ApiProblems(400, 401, 403, 404, 409)
  edit(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string, @Body() body: EditServiceDto): Promise<EditResultDto> {
    return this.editing.edit(actor, id, body.version, body.changes);
  }

  @Get(':id/history')
  @LoggedIn()
  @ApiOperation({ summary: 'Every recorded change of a service, newest first (editor of its organisation, moderator, admin)' })
  @ApiOkResponse({ type: [HistoryChangeDto] })
  @ApiProblems(400, 401, 403, 404)
  history(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string): Promise<HistoryChangeDto[]> {
    return this.editing.history(actor, id);
  }

  @Post(':id/rollback')
  @HttpCode(200)
  @Roles('admin', 'moderator')
  @ApiOperation({ summary: 'Restore the values after a change or at a moment, as a new recorded change (moderator, admin)' })
  @ApiOkResponse({ type: EditResultDto })
  @ApiProblems(400, 401, 403, 404, 409)
  rollback(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string, @Body() body: RollbackDto): Promise<EditResultDto> {
    const to = body.toChangeId ? { changeId: body.toChangeId.toLowerCase() } : { timestamp: new Date(body.toTimestamp!) };
    return this.editing.rollback(actor, id, body.version, to);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @LoggedIn()
  @ApiOperation({ summary: '“Still correct”: set the service’s last verification to now (editor of its organisation, moderator, admin)' })
  @ApiOkResponse({ type: VerifyResultDto })
  @ApiProblems(400, 401, 403, 404)
  verify(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string): Promise<VerifyResultDto> {
    return this.editing.verify(actor, id);
  }
}
