import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module.js';
import { CoverageService } from './coverage.service.js';
import { FreshnessService } from './freshness.service.js';
import { InsightsContext } from './insights-context.js';
import { InsightsController } from './insights.controller.js';
import { InsightsRepository } from './insights.repository.js';
import { RemindersController } from './reminders/reminders.controller.js';
import { RemindersRepository } from './reminders/reminders.repository.js';
import { RemindersService } from './reminders/reminders.service.js';
import { DistrictReportController } from './report/district-report.controller.js';
import { DistrictReportService } from './report/district-report.service.js';
import { SearchLogModule } from './searches/search-log.module.js';
import { SearchesController } from './searches/searches.controller.js';
import { SearchesRepository } from './searches/searches.repository.js';
import { SearchesService } from './searches/searches.service.js';

/** Coverage, gaps, freshness, search analytics, reminders and district reports for the city and the sector (docs/insights.md). */
@Module({
  imports: [SearchModule, SearchLogModule],
  controllers: [InsightsController, SearchesController, RemindersController, DistrictReportController],
  providers: [
    InsightsContext,
    InsightsRepository,
    CoverageService,
    FreshnessService,
    SearchesService,
    SearchesRepository,
    RemindersService,
    RemindersRepository,
    DistrictReportService,
  ],
})
export class InsightsModule {}
