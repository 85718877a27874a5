import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe } from '../../common/validation/validation.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { LoggedIn, Roles } from '../auth/roles.js';
import {
  CreateServiceDto,
  EditableServiceDto,
  EditOrganizationDto,
  EditOrganizationResultDto,
  EditResultDto,
  EditServiceDto,
  HistoryChangeDto,
  OrganizationListingsDto,
  RollbackDto,
  SetTrustedDto,
  TrustResultDto,
  VerifyResultDto,
} from './editing.dto.js';
import { EditingService } from './editing.service.js';
import { OrganizationEditingService } from './organization-editing.service.js';
import { EditableListingDto, EditableOrganizationListingDto } from './revisions.dto.js';
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

@ApiTags('editing')
@Controller({ path: 'organizations', version: '1' })
export class OrganizationEditingController {
  constructor(
    private readonly editing: EditingService,
    private readonly organizations: OrganizationEditingService,
    private readonly revisions: RevisionsService,
  ) {}

  @Get(':id/editable')
  @LoggedIn()
  @ApiOperation({ summary: 'An organisation’s details as stored, with their pending revisions (editor of it, moderator, admin)' })
  @ApiOkResponse({ type: EditableOrganizationListingDto })
  @ApiProblems(400, 401, 403, 404)
  editable(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string): Promise<EditableOrganizationListingDto> {
    return this.revisions.editableOrganization(actor, id);
  }

  @Patch(':id')
  @LoggedIn()
  @ApiOperation({
    summary:
      'Change an organisation’s details (editor of it, moderator, admin); an editor of an untrusted organisation proposes a revision',
  })
  @ApiOkResponse({ type: EditOrganizationResultDto })
  @ApiProblems(400, 401, 403, 404, 409)
  edit(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: EditOrganizationDto,
  ): Promise<EditOrganizationResultDto> {
    return this.organizations.edit(actor, id, body.version, body.changes);
  }

  @Get(':id/history')
  @LoggedIn()
  @ApiOperation({ summary: 'Every recorded change of an organisation’s details and trust, newest first (editor of it, moderator, admin)' })
  @ApiOkResponse({ type: [HistoryChangeDto] })
  @ApiProblems(400, 401, 403, 404)
  history(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string): Promise<HistoryChangeDto[]> {
    return this.organizations.history(actor, id);
  }

  @Get(':id/listings')
  @LoggedIn()
  @ApiOperation({ summary: 'An organisation with all its services, in any publication state (editor of it, moderator, admin)' })
  @ApiOkResponse({ type: OrganizationListingsDto })
  @ApiProblems(400, 401, 403, 404)
  listings(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string): Promise<OrganizationListingsDto> {
    return this.editing.listings(actor, id);
  }

  @Post(':id/services')
  @LoggedIn()
  @ApiOperation({ summary: 'A new service of the organisation, as a draft (editor of it, moderator, admin)' })
  @ApiCreatedResponse({ type: EditableServiceDto })
  @ApiProblems(400, 401, 403, 404)
  create(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateServiceDto,
  ): Promise<EditableServiceDto> {
    return this.editing.create(actor, id, body.name);
  }

  @Put(':id/trust')
  @Roles('admin', 'moderator')
  @ApiOperation({ summary: 'Mark an organisation trusted (its editors publish without review) or not (moderator, admin)' })
  @ApiOkResponse({ type: TrustResultDto })
  @ApiProblems(400, 401, 403, 404)
  setTrusted(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string, @Body() body: SetTrustedDto): Promise<TrustResultDto> {
    return this.editing.setTrusted(actor, id, body.isTrusted);
  }
}
