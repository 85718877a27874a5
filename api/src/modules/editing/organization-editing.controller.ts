import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe } from '../../common/validation/validation.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { LoggedIn, Roles } from '../auth/roles.js';
import { CreateServiceDto, EditableServiceDto, HistoryChangeDto } from './editing.dto.js';
import { EditingService } from './editing.service.js';
import {
  EditOrganizationDto,
  EditOrganizationResultDto,
  OrganizationListingsDto,
  SetTrustedDto,
  TrustResultDto,
} from './organization-editing.dto.js';
import { OrganizationEditingService } from './organization-editing.service.js';
import { EditableOrganizationListingDto } from './revisions.dto.js';
import { RevisionsService } from './revisions.service.js';

/** An organisation in the portal: its services, new drafts, trust, and its own details. */
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
