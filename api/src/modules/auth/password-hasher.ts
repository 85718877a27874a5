import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes: OWASP's first choice). */
@Injectable()
export class PasswordHasher {
  // A hash of nothing anyone knows: verifying a login for an unknown account against it takes as
  // long as a real verification, so the answer's timing does not tell whether the account exists.
  private readonly dummyHash = argon2.hash(randomBytes(32), { type: argon2.argon2id });

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /** False for a malformed hash too: a broken row must not lock the request up in a 500. */
  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
