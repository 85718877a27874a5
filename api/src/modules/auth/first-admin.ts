import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AccountsRepository } from './accounts.repository.js';
import { normalizeEmail } from './auth.service.js';
import { PasswordHasher } from './password-hasher.js';

/** Who the audit names for the first admin, made by the server rather than by a user. */
export const BOOTSTRAP_ACTOR = 'ADMIN_EMAIL';

/**
 * With ADMIN_EMAIL and ADMIN_PASSWORD set and no admin in the database, creates that admin at
 * start (or promotes the existing account with that address), so a new install can be entered.
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const wanted = this.config.auth.firstAdmin;
    if (!wanted || (await this.accounts.hasAdmin())) return;
    const email = normalizeEmail(wanted.email);
    const passwordHash = await this.hasher.hash(wanted.password);
    await this.accounts.transaction(async (accounts) => {
      const existing = await accounts.findUserByEmail(email);
      if (existing) {
        // An existing password stays: ADMIN_PASSWORD is for a new account only.
        await accounts.updateUser(existing.id, { role: 'admin', passwordHash: existing.passwordHash ?? passwordHash });
        await accounts.recordAudit([
          {
            resourceType: 'app_user',
            resourceId: existing.id,
            actionType: 'update',
            fieldName: 'role',
            previousValue: existing.role,
            replacementValue: 'admin',
            updatedBy: BOOTSTRAP_ACTOR,
          },
        ]);
        this.logger.log(`made ${email} an admin (ADMIN_EMAIL; there was no admin)`);
        return;
      }
      const user = await accounts.insertUser({ email, role: 'admin', displayName: 'Admin', passwordHash });
      // Null: another process created it at the same moment.
      if (!user) return;
      await accounts.recordAudit([
        {
          resourceType: 'app_user',
          resourceId: user.id,
          actionType: 'create',
          fieldName: 'role',
          replacementValue: 'admin',
          updatedBy: BOOTSTRAP_ACTOR,
        },
      ]);
      this.logger.log(`created the first admin ${email} (ADMIN_EMAIL)`);
    });
  }
}
