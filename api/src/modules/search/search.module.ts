import { Module } from '@nestjs/common';
import { SearchLogModule } from '../insights/searches/search-log.module.js';
import { SearchController } from './search.controller.js';
import { SearchService } from './search.service.js';
import { SearchVocabulary } from './search-vocabulary.js';

/** GET /api/v1/search over the configured engine (src/search). */
@Module({
  imports: [SearchLogModule],
  controllers: [SearchController],
  providers: [SearchService, SearchVocabulary],
  exports: [SearchVocabulary],
})
export class SearchModule {}
