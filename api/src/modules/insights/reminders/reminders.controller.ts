import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/problem/api-problems.decorator.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { CurrentUser } from '../../auth/current-user.decorator.js';
import { Roles } from '../../auth/roles.js';
import { RemindersResponseDto, SendRemindersDto, SentRemindersDto } from './reminders.dto.js';
import { RemindersService } from './reminders.service.js';

@ApiTags('insights')
@Controller({ path: 'insights/freshness/reminders', version: '1' })
@Roles('moderator', 'admin')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Get()
  @ApiOperation({ summary: 'Organisations with stale listings, each with the reminder mail it would get (moderator, admin)' })
  @ApiOkResponse({ type: RemindersResponseDto })
  @ApiProblems(401, 403)
  list(): Promise<RemindersResponseDto> {
    return this.reminders.list();
  }

  @Post()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Send the reminder mails to these organisations, at most once per organisation and week (moderator, admin; recorded)',
  })
  @ApiOkResponse({ type: SentRemindersDto })
  @ApiProblems(400, 401, 403)
  send(@Body() body: SendRemindersDto, @CurrentUser() user: AuthUser): Promise<SentRemindersDto> {
    return this.reminders.send(body.organizationIds, user);
  }
}
