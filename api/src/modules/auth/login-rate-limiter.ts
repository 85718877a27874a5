import { Injectable } from '@nestjs/common';
import { RateLimitedProblem } from '../../common/problem/domain-exception.js';
import type { AttemptKind } from './entities/index.js';
import { type AttemptCount, type AttemptLimit, LoginAttemptsRepository } from './login-attempts.repository.js';

/**
 * Guessing passwords: 5 login attempts per account and 20 per IP address in 15 minutes (a success
 * forgets the account's). Reset mails: 3 per address and 10 per IP address an hour, so nobody
 * floods an inbox. An unknown address is counted like a known one, so a 429 does not tell whether
 * an account exists.
 */
export const LIMITS: Record<AttemptKind, AttemptLimit> = {
  'login-failure': { perEmail: 5, perIp: 20, windowSeconds: 15 * 60 },
  'password-reset': { perEmail: 3, perIp: 10, windowSeconds: 60 * 60 },
};

@Injectable()
export class LoginRateLimiter {
  constructor(private readonly attempts: LoginAttemptsRepository) {}

  /**
   * Records the attempt before the password is checked or the mail sent, and throws a 429 naming
   * how long to wait when either limit is already reached (then nothing is recorded). A login that
   * turns out right calls {@link clearLoginFailures}, so only failures keep counting.
   */
  async take(kind: AttemptKind, email: string, ip: string): Promise<void> {
    const limit = LIMITS[kind];
    const { isAdmitted, byEmail, byIp } = await this.attempts.admit(kind, email, ip, limit);
    if (isAdmitted) {
      await this.attempts.prune();
      return;
    }
    const blocked = [byEmail.count >= limit.perEmail ? byEmail : null, byIp.count >= limit.perIp ? byIp : null].filter(
      (c): c is AttemptCount => c !== null,
    );
    const waits = blocked.map((c) => retryAfter(c, limit.windowSeconds));
    const what = kind === 'login-failure' ? 'Too many failed logins' : 'Too many password-reset requests';
    throw new RateLimitedProblem(`${what}; try again in ${Math.ceil(Math.max(...waits) / 60)} minute(s).`, Math.max(...waits));
  }

  /** A successful login forgets the account's failures (not the address's: those may be another account's). */
  clearLoginFailures(email: string): Promise<void> {
    return this.attempts.clear('login-failure', email);
  }
}

function retryAfter(count: AttemptCount, windowSeconds: number): number {
  const leavesAt = (count.oldestAt?.getTime() ?? Date.now()) + windowSeconds * 1000;
  return Math.max(1, Math.ceil((leavesAt - Date.now()) / 1000));
}
