import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe } from '../../common/validation/validation.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { LoggedIn, Roles } from '../auth/roles.js';
import { ClaimCreateDto, ClaimDecisionDto, ClaimDto, ClaimListQueryDto } from './claims.dto.js';
import { ClaimsService } from './claims.service.js';

@ApiTags('claims')
@Controller({ version: '1' })
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post('organizations/:id/claims')
  @LoggedIn()
  @ApiOperation({ summary: 'Ask to manage an organisation (any logged-in user); a moderator decides' })
  @ApiCreatedResponse({ type: ClaimDto })
  @ApiProblems(400, 401, 403, 404, 409)
  create(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string, @Body() body: ClaimCreateDto): Promise<ClaimDto> {
    return this.claims.create(actor, id, body.message ?? '');
  }

  @Get('claims')
  @Roles('admin', 'moderator')
  @ApiOperation({ summary: 'Claims by status, oldest first (moderator, admin)' })
  @ApiOkResponse({ type: [ClaimDto] })
  @ApiProblems(400, 401, 403)
  list(@Query() query: ClaimListQueryDto): Promise<ClaimDto[]> {
    return this.claims.list(query.status ?? 'pending');
  }

  @Post('claims/:id/approve')
  @HttpCode(200)
  @Roles('admin', 'moderator')
  @ApiOperation({ summary: 'Approve a pending claim: the claimant becomes a member (moderator, admin)' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiProblems(400, 401, 403, 404, 409)
  approve(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string, @Body() body: ClaimDecisionDto): Promise<ClaimDto> {
    return this.claims.decide(actor, id, 'approved', body.comment ?? null);
  }

  @Post('claims/:id/refuse')
  @HttpCode(200)
  @Roles('admin', 'moderator')
  @ApiOperation({ summary: 'Refuse a pending claim (moderator, admin)' })
  @ApiOkResponse({ type: ClaimDto })
  @ApiProblems(400, 401, 403, 404, 409)
  refuse(@CurrentUser() actor: AuthUser, @Param('id', ParseIdPipe) id: string, @Body() body: ClaimDecisionDto): Promise<ClaimDto> {
    return this.claims.decide(actor, id, 'refused', body.comment ?? null);
  }
}
