import { Inject, Injectable, Logger } from '@nestjs/common';
import { NotLoggedInProblem, TokenProblem } from '../../common/problem/domain-exception.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AccountsRepository } from './accounts.repository.js';
import type { SessionDto } from './auth.dto.js';
import type { AuthSession, AuthUser } from './auth-user.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { MAILER, type Mailer } from './mailer.js';
import { PasswordHasher } from './password-hasher.js';
import { hashToken, randomToken } from './secrets.js';
import { type SessionLifetime, SessionsRepository } from './sessions.repository.js';

/** A session ends after 12 hours without a request, and after 30 days whatever happens. */
export const SESSION_LIFETIME: SessionLifetime = { idleSeconds: 12 * 3600, maxSeconds: 30 * 24 * 3600 };
/** How long a one-time link works. */
export const TOKEN_LIFETIME_SECONDS = { reset: 3600, invite: 7 * 24 * 3600 } as const;
/** Where the PWA's portal takes a token and asks for the new password. */
export const PASSWORD_PAGE = '/portaal/wachtwoord';

/** One answer for an unknown account, a wrong password and a disabled account. */
const WRONG_CREDENTIALS = 'E-mail or password is wrong.';

export interface Client {
  ip: string;
  userAgent: string | null;
}

export interface LoggedIn {
  /** The cookie's value; only its hash is stored. */
  token: string;
  user: AuthUser;
  session: AuthSession;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailGiven: string, password: string, client: Client): Promise<LoggedIn> {
    const email = normalizeEmail(emailGiven);
    // Recorded as a failure before the check, so parallel guesses cannot all pass the count first.
    await this.limiter.take('login-failure', email, client.ip);
    const user = await this.accounts.findUserByEmail(email);
    // Verify against a dummy hash when there is no usable account: the same work, the same time.
    const usable = user && !user.disabledAt ? user : null;
    const isRight = await this.hasher.verify(usable?.passwordHash ?? null, password);
    if (!usable || !isRight) {
      this.logger.log(`login failed from ${client.ip}`);
      throw new NotLoggedInProblem(WRONG_CREDENTIALS);
    }
    await this.limiter.clearLoginFailures(email);
    this.logger.log(`login of user ${usable.id} from ${client.ip}`);
    return this.startSession(usable.id, client);
  }

  /** A new session for a user who just proved who they are (a password, or a one-time token). */
  private async startSession(userId: string, client: Client): Promise<LoggedIn> {
    const token = randomToken();
    const session = { id: hashToken(token), csrfToken: randomToken() };
    const expiresAt = await this.sessions.insert({ ...session, userId, ...client }, SESSION_LIFETIME);
    await this.sessions.deleteExpired();
    const live = await this.sessions.findLive(session.id, SESSION_LIFETIME);
    if (!live) throw new NotLoggedInProblem(WRONG_CREDENTIALS);
    return { token, user: live.user, session: { ...session, expiresAt } };
  }

  /** The user and session behind a cookie's token, or null when it is unknown, expired or the user disabled. */
  authenticate(token: string): Promise<{ user: AuthUser; session: AuthSession } | null> {
    return this.sessions.findLive(hashToken(token), SESSION_LIFETIME);
  }

  /** What login and `me` answer: the user with their organisations' names, and the CSRF token. */
  async describe(user: AuthUser, session: AuthSession): Promise<SessionDto> {
    const account = await this.accounts.findUserWithOrganizations(user.id);
    return {
      user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role, organizations: account?.organizations ?? [] },
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
    };
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.delete(sessionId);
  }

  /** Mails a reset link when the address has an account; says nothing either way. */
  async requestPasswordReset(emailGiven: string, client: Client): Promise<void> {
    const email = normalizeEmail(emailGiven);
    await this.limiter.take('password-reset', email, client.ip);
    const user = await this.accounts.findUserByEmail(email);
    if (!user || user.disabledAt) return;
    const token = randomToken();
    await this.accounts.insertToken({
      id: hashToken(token),
      kind: 'reset',
      userId: user.id,
      expiresAt: new Date(Date.now() + TOKEN_LIFETIME_SECONDS.reset * 1000),
    });
    const link = this.passwordLink(token);
    this.sendInBackground({
      to: user.email,
      subject: 'Nieuw wachtwoord voor de Sociale Kaart Antwerpen',
      text: `Kies een nieuw wachtwoord via deze link (één uur geldig, één keer te gebruiken):\n\n${link}\n\nVroeg je dit niet aan? Dan hoef je niets te doen.`,
      link,
    });
  }

  /**
   * Sets the password with a one-time invitation or reset token, ends every session the user had
   * (a reset may follow a stolen password) and logs them in here, as a login with the new password
   * would: whoever holds the token could log in with the password they just chose anyway.
   */
  async setPassword(token: string, password: string, client: Client): Promise<LoggedIn> {
    const passwordHash = await this.hasher.hash(password);
    const userId = await this.accounts.transaction(async (accounts) => {
      const consumed = await accounts.consumeToken(hashToken(token));
      if (consumed.state !== 'valid') throw new TokenProblem(consumed.state);
      const user = await accounts.findUserById(consumed.token.userId);
      if (!user || user.disabledAt) throw new TokenProblem('unknown');
      // An invitation is for an account without a password; once it has one, only a reset link sets it.
      if (consumed.token.kind === 'invite' && user.passwordHash !== null) throw new TokenProblem('used');
      await accounts.updateUser(user.id, { passwordHash });
      await accounts.retireTokens(user.id);
      await accounts.recordAudit([
        {
          resourceType: 'app_user',
          resourceId: user.id,
          actionType: consumed.token.kind === 'invite' ? 'accept-invitation' : 'reset-password',
          fieldName: 'password',
          previousValue: user.passwordHash ? '(set)' : '',
          replacementValue: '(set)',
          updatedBy: user.id,
        },
      ]);
      return user.id;
    });
    await this.sessions.deleteAllOf(userId);
    this.logger.log(`password set and login of user ${userId} from ${client.ip}`);
    return this.startSession(userId, client);
  }

  portalLink(): string {
    return `${this.config.auth.publicUrl}/portaal`;
  }

  passwordLink(token: string): string {
    return `${this.config.auth.publicUrl}${PASSWORD_PAGE}?token=${token}`;
  }

  /**
   * Not awaited: a slow SMTP server must not make "this address has an account" measurable in the
   * response time. A failure is logged; the user can ask again.
   */
  sendInBackground(mail: Parameters<Mailer['send']>[0]): void {
    this.mailer.send(mail).catch((error: unknown) => {
      this.logger.error(`mail to ${mail.to} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}
