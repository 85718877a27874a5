// Retention: an hourly pass deletes change-feed rows older than FEED_RETENTION_DAYS,
// expired sessions, old login attempts and expired one-time links (docs/operations.md), raw
// searches after 30 days and past days' search salts (docs/insights.md).
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/app-config.js';
import { type PruneCounts, RetentionRepository } from './retention.repository.js';

const PRUNE_EVERY_MS = 60 * 60 * 1000;

@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly repository: RetentionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Tests run a pass themselves; a timer would race their assertions.
    if (this.config.env === 'test') return;
    this.timer = setInterval(
      () => void this.prune().catch((error: unknown) => this.logger.warn(`pruning failed: ${String(error)}`)),
      PRUNE_EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async prune(): Promise<PruneCounts | null> {
    const counts = await this.repository.prune(this.config.retention.changeFeedDays);
    if (counts && Object.values(counts).some((n) => n > 0)) this.logger.log(`pruned ${JSON.stringify(counts)}`);
    return counts;
  }
}
