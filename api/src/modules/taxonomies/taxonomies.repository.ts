import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Taxonomy, TaxonomyTerm } from '../../database/entities/index.js';

export interface TaxonomyWithCount extends Taxonomy {
  termCount: number;
}

export type TermWithParent = TaxonomyTerm & { parent: TaxonomyTerm | null };

@Injectable()
export class TaxonomiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findTaxonomies(code?: string): Promise<TaxonomyWithCount[]> {
    const query = this.dataSource
      .getRepository(Taxonomy)
      .createQueryBuilder('taxonomy')
      .addSelect((sub) => sub.select('count(*)::int').from(TaxonomyTerm, 'term').where('term.taxonomy_id = taxonomy.id'), 'term_count')
      .orderBy('taxonomy.code');
    if (code) query.where('taxonomy.code = :code', { code });
    const { entities, raw } = await query.getRawAndEntities<{ term_count: number }>();
    return entities.map((taxonomy, i) => Object.assign(taxonomy, { termCount: raw[i].term_count }));
  }

  findTerms(taxonomyCode?: string): Promise<TermWithParent[]> {
    return this.dataSource.getRepository(TaxonomyTerm).find({
      where: taxonomyCode ? { taxonomy: taxonomyCode } : {},
      relations: { parent: true },
      order: { taxonomy: 'ASC', position: 'ASC', code: 'ASC' },
    });
  }

  findTerm(id: string): Promise<TermWithParent | null> {
    return this.dataSource.getRepository(TaxonomyTerm).findOne({ where: { id }, relations: { parent: true } });
  }
}
