import { Module } from '@nestjs/common';
import { SearchLog } from './search-log.js';
import { SearchLogRepository } from './search-log.repository.js';

/** The anonymous search log that the search endpoint and the offline sync write to. */
@Module({ providers: [SearchLog, SearchLogRepository], exports: [SearchLog, SearchLogRepository] })
export class SearchLogModule {}
