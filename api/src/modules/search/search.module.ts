import { Module } from '@nestjs/common';
import { SearchController } from './search.controller.js';
import { SearchService } from './search.service.js';
import { SearchVocabulary } from './search-vocabulary.js';

/** GET /api/v1/search over the configured engine (src/search). */
@Module({ controllers: [SearchController], providers: [SearchService, SearchVocabulary], exports: [SearchVocabulary] })
export class SearchModule {}
