import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export const TAXONOMY_CODE_PATTERN = /^[a-z][a-z0-9-]*$/;

const LABELS_EXAMPLE = { nl: 'Inkomen en schulden', en: 'Income and debt', fr: 'Revenus et dettes' };

export class TaxonomyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'levensdomein', description: 'Stable code; filters and the HSDS profile use it.' })
  code: string;

  @ApiProperty({ example: 'Levensdomeinen' })
  name: string;

  @ApiProperty({ example: { nl: 'Levensdomeinen', en: 'Life domains' }, description: 'Name per language code.' })
  labels: Record<string, string>;

  @ApiProperty()
  description: string;

  @ApiProperty({ example: 36 })
  termCount: number;
}

export class TaxonomyTermDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'inkomen/schuldhulp' })
  code: string;

  @ApiProperty({ example: 'levensdomein' })
  taxonomy: string;

  @ApiProperty({ example: 'Schuldbemiddeling en budgetbegeleiding' })
  name: string;

  @ApiProperty({ example: LABELS_EXAMPLE })
  labels: Record<string, string>;

  @ApiProperty()
  description: string;

  @ApiPropertyOptional({ example: 'inkomen', nullable: true, type: String })
  parentCode: string | null;

  @ApiProperty({ type: [String], example: ['schulden', 'budgetbeheer'] })
  keywords: string[];
}

export class TaxonomyWithTermsDto extends TaxonomyDto {
  @ApiProperty({ type: [TaxonomyTermDto] })
  terms: TaxonomyTermDto[];
}

export class LifeDomainDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'inkomen' })
  code: string;

  @ApiProperty({ example: 'Inkomen en schulden' })
  name: string;

  @ApiProperty({ example: LABELS_EXAMPLE })
  labels: Record<string, string>;

  @ApiProperty({ type: [String] })
  keywords: string[];

  @ApiProperty({ type: () => [LifeDomainDto] })
  children: LifeDomainDto[];
}

export class TermQueryDto {
  @ApiPropertyOptional({ example: 'levensdomein', description: 'Only the terms of this taxonomy (code).' })
  @IsOptional()
  @Matches(TAXONOMY_CODE_PATTERN, { message: 'must be a taxonomy code such as levensdomein' })
  taxonomy?: string;
}
