import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AccountsRepository } from './accounts.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { Authorization } from './authorization.service.js';
import { FirstAdmin } from './first-admin.js';
import { LoginAttemptsRepository } from './login-attempts.repository.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { createMailer, MAILER } from './mailer.js';
import { PasswordHasher } from './password-hasher.js';
import { RolesGuard } from './roles.js';
import { SessionGuard } from './session.guard.js';
import { SessionsRepository } from './sessions.repository.js';

/**
 * Accounts and sessions: login, logout, password reset, the first admin, the global session and
 * CSRF guard. Global, so any feature can use `@Roles()`, `@CurrentUser()` and {@link Authorization}.
 */
@Global()
@Module({
  controllers: [AuthController],
  providers: [
    AuthService,
    AccountsRepository,
    SessionsRepository,
    LoginAttemptsRepository,
    LoginRateLimiter,
    // A factory: its constructor takes a number, which Nest cannot inject.
    { provide: PasswordHasher, useFactory: () => new PasswordHasher() },
    Authorization,
    RolesGuard,
    FirstAdmin,
    { provide: MAILER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createMailer(config) },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService, AccountsRepository, SessionsRepository, PasswordHasher, Authorization, RolesGuard, MAILER],
})
export class AuthModule {}
