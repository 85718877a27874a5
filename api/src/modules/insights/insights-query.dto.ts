import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page.js';
import { SearchQueryDto } from '../search/search.dto.js';

export const AREA_LEVELS = ['district', 'wijk'] as const;
export const DIMENSIONS = ['lifeDomain', 'targetGroup', 'language'] as const;
export const FORMATS = ['json', 'csv'] as const;
export const REACHES = ['local', 'district', 'city'] as const;
export const SPLITS = ['language', 'targetGroup'] as const;

/** The search API's filters, with its codes and validation: lifeDomain, targetGroup, language, free, walkIn. */
export class InsightFilterQueryDto extends PickType(SearchQueryDto, ['lifeDomain', 'targetGroup', 'language', 'free', 'walkIn'] as const) {}

export class FormatQueryDto {
  @ApiPropertyOptional({ enum: FORMATS, default: 'json', description: '`csv`: the same figures as `text/csv` (one row per figure).' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: (typeof FORMATS)[number];
}

export class CoverageQueryDto extends IntersectionType(InsightFilterQueryDto, FormatQueryDto) {
  @ApiPropertyOptional({ enum: AREA_LEVELS, default: 'district', description: 'Districts (10) or wijken (67).' })
  @IsOptional()
  @IsIn(AREA_LEVELS)
  level?: (typeof AREA_LEVELS)[number];

  @ApiPropertyOptional({
    enum: DIMENSIONS,
    default: 'lifeDomain',
    description: 'The category each cell counts: life domain (with sub-domains), target group or language.',
  })
  @IsOptional()
  @IsIn(DIMENSIONS)
  by?: (typeof DIMENSIONS)[number];
}

export class AreaServicesQueryDto extends IntersectionType(InsightFilterQueryDto, PageQueryDto) {
  @ApiProperty({ description: 'District id or wijk id whose residents the services serve.', example: 'borgerhout' })
  @Matches(/^([a-z]+(-[a-z]+)*|\d{5}[A-Z]\d{2})$/, { message: 'must be a district id such as borgerhout or a wijk id such as 11002S02' })
  area: string;

  @ApiPropertyOptional({ enum: REACHES, description: 'Only services that reach the area this way.' })
  @IsOptional()
  @IsIn(REACHES)
  reach?: (typeof REACHES)[number];
}

export class GapsQueryDto extends IntersectionType(InsightFilterQueryDto, FormatQueryDto) {
  @ApiPropertyOptional({ enum: AREA_LEVELS, default: 'district' })
  @IsOptional()
  @IsIn(AREA_LEVELS)
  level?: (typeof AREA_LEVELS)[number];

  @ApiPropertyOptional({
    enum: SPLITS,
    description:
      'Also split each gap by each value of this filter (`language=ar,tr&split=language`: one gap per language). Needs that filter.',
  })
  @IsOptional()
  @IsIn(SPLITS)
  split?: (typeof SPLITS)[number];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 52, default: 8, description: 'Weeks of search demand that order the gaps.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(52)
  weeks?: number;
}

export class FreshnessQueryDto extends IntersectionType(InsightFilterQueryDto, FormatQueryDto) {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    default: 20,
    description: 'How many of the oldest listings, and of the organisations with the most stale listings.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 260, default: 26, description: 'Weeks of the weekly series.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(260)
  weeks?: number;
}
