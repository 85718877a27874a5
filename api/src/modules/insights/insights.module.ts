import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module.js';
import { CoverageService } from './coverage.service.js';
import { FreshnessService } from './freshness.service.js';
import { InsightsContext } from './insights-context.js';
import { InsightsController } from './insights.controller.js';
import { InsightsRepository } from './insights.repository.js';

/** Coverage, gaps, freshness and search analytics for the city and the sector (docs/insights.md). */
@Module({
  imports: [SearchModule],
  controllers: [InsightsController],
  providers: [InsightsContext, InsightsRepository, CoverageService, FreshnessService],
})
export class InsightsModule {}
