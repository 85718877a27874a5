import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import pLimit, { type LimitFunction } from 'p-limit';

/**
 * How many argon2 hashes run at once: each holds 64 MiB and a core for ~50 ms, so a burst of logins
 * must queue rather than take the process's memory and every libuv thread.
 */
export const HASH_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes: OWASP's first choice). */
@Injectable()
export class PasswordHasher {
  private readonly limit: LimitFunction;
  // A hash of nothing anyone knows: verifying a login for an unknown account against it takes as
  // long as a real verification, so the answer's timing does not tell whether the account exists.
  private readonly dummyHash = argon2.hash(randomBytes(32), { type: argon2.argon2id });

  constructor(concurrency: number = HASH_CONCURRENCY) {
    this.limit = pLimit(concurrency);
  }

  /** Hashes running now, and waiting for their turn. */
  get load(): { active: number; pending: number } {
    return { active: this.limit.activeCount, pending: this.limit.pendingCount };
  }

  hash(password: string): Promise<string> {
    return this.limit(() => argon2.hash(password, { type: argon2.argon2id }));
  }

  /** False for a malformed hash too: a broken row must not lock the request up in a 500. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      const dummy = await this.dummyHash;
      await this.limit(() => argon2.verify(dummy, password).catch(() => false));
      return false;
    }
    return this.limit(() => argon2.verify(hash, password).catch(() => false));
  }
}
