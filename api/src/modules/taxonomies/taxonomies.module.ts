import { Module } from '@nestjs/common';
import { TaxonomiesController } from './taxonomies.controller.js';
import { TaxonomiesRepository } from './taxonomies.repository.js';
import { TaxonomiesService } from './taxonomies.service.js';

/** Taxonomies and their terms: life domains, target groups, access. */
@Module({
  controllers: [TaxonomiesController],
  providers: [TaxonomiesService, TaxonomiesRepository],
})
export class TaxonomiesModule {}
