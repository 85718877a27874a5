import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Page, PageOf } from '../../common/pagination/page.js';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe } from '../../common/validation/validation.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CsrfExempt } from '../auth/csrf.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.js';
import { CreateFeedbackDto, FeedbackItemDto, FeedbackListQueryDto, FeedbackReceiptDto, ResolveFeedbackDto } from './feedback.dto.js';
import { FeedbackService } from './feedback.service.js';

@ApiTags('feedback')
@Controller({ version: '1' })
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Post('services/:id/feedback')
  @HttpCode(HttpStatus.CREATED)
  // Anonymous and tied to no session, so a logged-in user needs no CSRF token; cross-site posts are still refused.
  @CsrfExempt()
  @ApiOperation({
    summary: 'Report a problem with a published service, without an account',
    description:
      'Rate limited per connection (5 per 10 minutes) and per service (50 per hour). Ask for no personal data: ' +
      'the report is stored without the sender’s address or browser.',
  })
  @ApiCreatedResponse({ type: FeedbackReceiptDto })
  @ApiProblems(400, 403, 404, 429)
  create(@Param('id', ParseIdPipe) id: string, @Body() body: CreateFeedbackDto, @Ip() clientAddress: string): Promise<FeedbackReceiptDto> {
    return this.feedback.submit(id, body, clientAddress);
  }

  @Get('feedback')
  @Roles('moderator', 'admin')
  @ApiOperation({ summary: 'The moderators’ queue of public reports: open ones oldest first (moderator, admin)' })
  @ApiOkResponse({ type: PageOf(FeedbackItemDto) })
  @ApiProblems(400, 401, 403)
  list(@Query() query: FeedbackListQueryDto): Promise<Page<FeedbackItemDto>> {
    return this.feedback.list(query);
  }

  @Post('feedback/:id/resolve')
  @HttpCode(HttpStatus.OK)
  @Roles('moderator', 'admin')
  @ApiOperation({ summary: 'Resolve a public report, with a note on what was done (moderator, admin)' })
  @ApiOkResponse({ type: FeedbackItemDto })
  @ApiProblems(400, 401, 403, 404, 409)
  resolve(@Param('id', ParseIdPipe) id: string, @Body() body: ResolveFeedbackDto, @CurrentUser() user: AuthUser): Promise<FeedbackItemDto> {
    return this.feedback.resolve(id, body.note, user.id);
  }
}
