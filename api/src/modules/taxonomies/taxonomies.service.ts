import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../common/problem/domain-exception.js';
import { TAXONOMY } from '../../database/seeds/reference-seed.js';
import type { LifeDomainDto, TaxonomyDto, TaxonomyTermDto, TaxonomyWithTermsDto } from './taxonomies.dto.js';
import { type TaxonomyWithCount, TaxonomiesRepository, type TermWithParent } from './taxonomies.repository.js';

@Injectable()
export class TaxonomiesService {
  constructor(private readonly taxonomies: TaxonomiesRepository) {}

  async list(): Promise<TaxonomyDto[]> {
    return (await this.taxonomies.findTaxonomies()).map(toTaxonomyDto);
  }

  async get(code: string): Promise<TaxonomyWithTermsDto> {
    const [taxonomy] = await this.taxonomies.findTaxonomies(code);
    if (!taxonomy) throw new NotFoundProblem('taxonomy', code);
    return { ...toTaxonomyDto(taxonomy), terms: (await this.taxonomies.findTerms(code)).map(toTermDto) };
  }

  async terms(taxonomyCode?: string): Promise<TaxonomyTermDto[]> {
    if (taxonomyCode && (await this.taxonomies.findTaxonomies(taxonomyCode)).length === 0) {
      throw new NotFoundProblem('taxonomy', taxonomyCode);
    }
    return (await this.taxonomies.findTerms(taxonomyCode)).map(toTermDto);
  }

  async term(id: string): Promise<TaxonomyTermDto> {
    const term = await this.taxonomies.findTerm(id);
    if (!term) throw new NotFoundProblem('taxonomy term', id);
    return toTermDto(term);
  }

  /** The life domains as a tree: selecting a parent in a filter includes its children. */
  async lifeDomains(): Promise<LifeDomainDto[]> {
    const terms = await this.taxonomies.findTerms(TAXONOMY.lifeDomain);
    const node = (term: TermWithParent): LifeDomainDto => ({
      id: term.id,
      code: term.code,
      name: term.name,
      labels: term.labels as Record<string, string>,
      keywords: term.keywords,
      children: terms.filter((child) => child.parentId === term.id).map(node),
    });
    return terms.filter((term) => term.parentId === null).map(node);
  }

  async targetGroups(): Promise<TaxonomyTermDto[]> {
    return this.terms(TAXONOMY.targetGroup);
  }

  async accessTerms(): Promise<TaxonomyTermDto[]> {
    return this.terms(TAXONOMY.access);
  }
}

function toTaxonomyDto(taxonomy: TaxonomyWithCount): TaxonomyDto {
  return {
    id: taxonomy.id,
    code: taxonomy.code,
    name: taxonomy.name,
    labels: taxonomy.labels as Record<string, string>,
    description: taxonomy.description,
    termCount: taxonomy.termCount,
  };
}

export function toTermDto(term: TermWithParent): TaxonomyTermDto {
  return {
    id: term.id,
    code: term.code,
    taxonomy: term.taxonomy,
    name: term.name,
    labels: term.labels as Record<string, string>,
    description: term.description,
    parentCode: term.parent?.code ?? null,
    keywords: term.keywords,
  };
}
