import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { LoginDto, PasswordResetRequestDto, SessionDto, SetPasswordDto } from './auth.dto.js';
import { AuthService, type Client } from './auth.service.js';
import type { AuthSession, AuthUser } from './auth-user.js';
import { CsrfExempt } from './csrf.js';
import { CurrentSession, CurrentUser } from './current-user.decorator.js';
import { LoggedIn } from './roles.js';
import { clearSessionCookie, writeSessionCookie } from './session-cookie.js';

const clientOf = (request: FastifyRequest): Client => ({ ip: request.ip, userAgent: request.headers['user-agent'] ?? null });

@ApiTags('auth')
@Controller({ path: 'auth', version: '1' })
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @CsrfExempt()
  @ApiOperation({
    summary: 'Log in: sets the `sk_session` cookie and returns the user and the CSRF token',
    description: 'A wrong password and an unknown account get the same 401. 5 failures per account or 20 per address in 15 minutes: 429.',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 401, 403, 429)
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    const { token, user, session } = await this.auth.login(body.email, body.password, clientOf(request));
    writeSessionCookie(reply, this.config, token);
    return this.auth.describe(user, session);
  }

  @Post('logout')
  @HttpCode(204)
  @LoggedIn()
  @ApiOperation({ summary: 'Log out: ends the session and clears the cookie' })
  @ApiNoContentResponse()
  @ApiProblems(401, 403)
  async logout(@CurrentSession() session: AuthSession, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(session.id);
    clearSessionCookie(reply, this.config);
  }

  @Get('me')
  @LoggedIn()
  @ApiOperation({ summary: 'The logged-in user, their role and organisations, and the CSRF token' })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(401)
  me(@CurrentUser() user: AuthUser, @CurrentSession() session: AuthSession): Promise<SessionDto> {
    return this.auth.describe(user, session);
  }

  @Post('password-reset')
  @HttpCode(202)
  @CsrfExempt()
  @ApiOperation({
    summary: 'Ask for a password-reset link by mail',
    description: 'Always 202, whether the address has an account or not. 3 requests per address an hour: 429.',
  })
  @ApiAcceptedResponse()
  @ApiProblems(400, 403, 429)
  requestReset(@Body() body: PasswordResetRequestDto, @Req() request: FastifyRequest): Promise<void> {
    return this.auth.requestPasswordReset(body.email, clientOf(request));
  }

  @Post('password')
  @HttpCode(200)
  @CsrfExempt()
  @ApiOperation({
    summary: 'Set a password with the token of an invitation (7 days) or reset link (1 hour), and log in',
    description:
      'The token works once. Every other session of the user ends; the answer logs this client in as `POST /auth/login` does: it sets the `sk_session` cookie and returns the user and the CSRF token.',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 403, 410)
  async setPassword(
    @Body() body: SetPasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    const { token, user, session } = await this.auth.setPassword(body.token, body.password, clientOf(request));
    writeSessionCookie(reply, this.config, token);
    return this.auth.describe(user, session);
  }
}
