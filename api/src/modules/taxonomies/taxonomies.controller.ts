import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/problem/api-problems.decorator.js';
import { ParseIdPipe, PatternPipe } from '../../common/validation/validation.js';
import {
  LifeDomainDto,
  TAXONOMY_CODE_PATTERN,
  TaxonomyDto,
  TaxonomyTermDto,
  TaxonomyWithTermsDto,
  TermQueryDto,
} from './taxonomies.dto.js';
import { TaxonomiesService } from './taxonomies.service.js';

@ApiTags('taxonomies')
@Controller({ version: '1' })
export class TaxonomiesController {
  constructor(private readonly taxonomies: TaxonomiesService) {}

  @Get('taxonomies')
  @ApiOperation({ summary: 'Taxonomies: life domains, target groups, access' })
  @ApiOkResponse({ type: [TaxonomyDto] })
  list(): Promise<TaxonomyDto[]> {
    return this.taxonomies.list();
  }

  @Get('taxonomies/:code')
  @ApiOperation({ summary: 'One taxonomy with its terms' })
  @ApiOkResponse({ type: TaxonomyWithTermsDto })
  @ApiProblems(400, 404)
  get(
    @Param('code', new PatternPipe(TAXONOMY_CODE_PATTERN, 'a taxonomy code such as levensdomein')) code: string,
  ): Promise<TaxonomyWithTermsDto> {
    return this.taxonomies.get(code);
  }

  @Get('taxonomy-terms')
  @ApiOperation({ summary: 'Taxonomy terms, optionally of one taxonomy' })
  @ApiOkResponse({ type: [TaxonomyTermDto] })
  @ApiProblems(400, 404)
  terms(@Query() query: TermQueryDto): Promise<TaxonomyTermDto[]> {
    return this.taxonomies.terms(query.taxonomy);
  }

  @Get('taxonomy-terms/:id')
  @ApiOperation({ summary: 'One taxonomy term' })
  @ApiOkResponse({ type: TaxonomyTermDto })
  @ApiProblems(400, 404)
  term(@Param('id', ParseIdPipe) id: string): Promise<TaxonomyTermDto> {
    return this.taxonomies.term(id);
  }

  @Get('life-domains')
  @ApiOperation({ summary: 'Life domains as a tree (filter codes of `lifeDomain`)' })
  @ApiOkResponse({ type: [LifeDomainDto] })
  lifeDomains(): Promise<LifeDomainDto[]> {
    return this.taxonomies.lifeDomains();
  }

  @Get('target-groups')
  @ApiOperation({ summary: 'Target groups (filter codes of `targetGroup`)' })
  @ApiOkResponse({ type: [TaxonomyTermDto] })
  targetGroups(): Promise<TaxonomyTermDto[]> {
    return this.taxonomies.targetGroups();
  }

  @Get('access-terms')
  @ApiOperation({ summary: 'Access terms: walk-in, by appointment, wheelchair accessible, open on holidays…' })
  @ApiOkResponse({ type: [TaxonomyTermDto] })
  accessTerms(): Promise<TaxonomyTermDto[]> {
    return this.taxonomies.accessTerms();
  }
}
