import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe } from '../../common/validation/validation.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.js';
import { InvitationDto, InvitationResultDto, UserDto, UserUpdateDto } from './users.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller({ path: 'users', version: '1' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post('invitations')
  @Roles('admin', 'moderator')
  @ApiOperation({
    summary: 'Invite someone to an organisation (admin, moderator)',
    description:
      'Creates the account when needed, adds the membership and mails a link to set a password (`/portaal/wachtwoord?token=…`, 7 days). ' +
      'Moderators invite editors; admins also moderators and admins. An existing account keeps its role.',
  })
  @ApiCreatedResponse({ type: InvitationResultDto })
  @ApiProblems(400, 401, 403, 404, 409)
  invite(@CurrentUser() actor: AuthUser, @Body() body: InvitationDto): Promise<InvitationResultDto> {
    return this.users.invite(actor, body);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Every user with their role and organisations (admin)' })
  @ApiOkResponse({ type: [UserDto] })
  @ApiProblems(401, 403)
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: "Change a user's role or name, or disable them (admin)", description: 'Disabling ends their sessions.' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 401, 403, 404, 409)
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string, @Body() body: UserUpdateDto): Promise<UserDto> {
    return this.users.update(actor, id, body);
  }

  @Delete(':id/organizations/:organizationId')
  @HttpCode(204)
  @Roles('admin', 'moderator')
  @ApiOperation({
    summary: 'Remove a user from an organisation (admin, moderator)',
    description: 'The account stays (disable it with PATCH); the user no longer edits this organisation. Recorded in the history.',
  })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblems(400, 401, 403, 404)
  removeMember(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseIdPipe) id: string,
    @Param('organizationId', ParseIdPipe) organizationId: string,
  ): Promise<void> {
    return this.users.removeMember(actor, id, organizationId);
  }
}
