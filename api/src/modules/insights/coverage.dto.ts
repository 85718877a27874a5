import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AREA_LEVELS, DIMENSIONS, REACHES } from './insights-query.dto.js';

export class AppliedFiltersDto {
  @ApiProperty({ type: [String] })
  lifeDomain: string[];

  @ApiProperty({ type: [String] })
  targetGroup: string[];

  @ApiProperty({ type: [String] })
  language: string[];

  @ApiProperty()
  free: boolean;

  @ApiProperty()
  walkIn: boolean;
}

export class CountsDto {
  @ApiProperty({ description: 'Services serving residents of the area: local + district + cityWide.' })
  serving: number;

  @ApiProperty({ description: 'Their service area names this area itself.' })
  local: number;

  @ApiProperty({ description: 'Their service area names the wijk’s district (always 0 for a district).' })
  district: number;

  @ApiProperty({ description: 'They serve the whole city (and name neither this area nor its district).' })
  cityWide: number;

  @ApiProperty({ description: 'Services with a location in the area.' })
  located: number;

  @ApiProperty({ type: Number, nullable: true, description: '`serving` per 10,000 residents; null without population figures.' })
  servingPer10k: number | null;
}

export class CoverageCellDto extends CountsDto {
  @ApiProperty({ example: 'gezondheid/geestelijke-gezondheid' })
  code: string;
}

export class PopulationDto {
  @ApiProperty({ example: 45000 })
  residents: number;

  @ApiProperty({ example: 'Stad Antwerpen, Data & Analyse' })
  source: string;

  @ApiProperty({ example: '2026-01-01' })
  date: string;
}

export class CoverageAreaDto {
  @ApiProperty({ example: 'borgerhout' })
  id: string;

  @ApiProperty({ example: 'Borgerhout' })
  name: string;

  @ApiProperty({ enum: AREA_LEVELS })
  level: (typeof AREA_LEVELS)[number];

  @ApiProperty({ description: 'The wijk’s district; a district’s own id.' })
  districtId: string;

  @ApiPropertyOptional({ type: PopulationDto, nullable: true })
  population: PopulationDto | null;

  @ApiProperty({ type: CountsDto, description: 'Every service under the filters, whatever its category.' })
  total: CountsDto;

  @ApiProperty({ type: [CoverageCellDto], description: 'Per category code; a code that is missing counts 0 everywhere.' })
  cells: CoverageCellDto[];
}

export class CategoryDto {
  @ApiProperty({ example: 'gezondheid/geestelijke-gezondheid' })
  code: string;

  @ApiProperty({ description: 'Dutch name.' })
  label: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Parent life domain of a sub-domain.' })
  parent: string | null;
}

export class PopulationSourceDto {
  @ApiProperty()
  source: string;

  @ApiProperty()
  date: string;
}

export class CoverageResponseDto {
  @ApiProperty({ enum: AREA_LEVELS })
  level: (typeof AREA_LEVELS)[number];

  @ApiProperty({ enum: DIMENSIONS })
  by: (typeof DIMENSIONS)[number];

  @ApiProperty()
  filters: AppliedFiltersDto;

  @ApiProperty({ type: [CategoryDto], description: 'Every code of the dimension, in code order.' })
  categories: CategoryDto[];

  @ApiProperty({ type: [CoverageAreaDto] })
  areas: CoverageAreaDto[];

  @ApiProperty({ type: [PopulationSourceDto], description: 'Where the population figures come from; empty: none configured.' })
  populationSources: PopulationSourceDto[];

  @ApiProperty({ type: String, format: 'date-time' })
  generatedAt: string;
}

export class AreaServiceOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class AreaServiceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  organization: AreaServiceOrganizationDto;

  @ApiProperty({ enum: REACHES, description: 'How it serves the area: its own area, its district, or the whole city.' })
  reach: (typeof REACHES)[number];

  @ApiProperty({ description: 'It has a location in the area.' })
  isLocatedHere: boolean;

  @ApiProperty({ type: [String] })
  lifeDomains: string[];

  @ApiProperty({ type: [String] })
  languages: string[];

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  lastVerifiedAt: string | null;
}

export class DemandDto {
  @ApiProperty()
  searches: number;

  @ApiProperty()
  zeroResults: number;
}

export class GapDto {
  @ApiProperty()
  areaId: string;

  @ApiProperty()
  areaName: string;

  @ApiProperty({ enum: AREA_LEVELS })
  level: (typeof AREA_LEVELS)[number];

  @ApiProperty()
  districtId: string;

  @ApiProperty()
  lifeDomain: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'With `split=language`.' })
  language: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'With `split=targetGroup`.' })
  targetGroup: string | null;

  @ApiProperty({
    enum: ['none', 'city-wide-only'],
    description: '`none`: no service serves the residents at all; `city-wide-only`: only city-wide ones.',
  })
  kind: 'none' | 'city-wide-only';

  @ApiProperty({ description: 'City-wide services that do serve the residents.' })
  cityWide: number;

  @ApiProperty({ description: 'Searches for this life domain (or a sub-domain) naming this area, in the window.' })
  demand: DemandDto;

  @ApiProperty({ description: 'Searches for this life domain anywhere (with or without a place), in the window.' })
  demandAnywhere: DemandDto;
}

export class GapsResponseDto {
  @ApiProperty({ enum: AREA_LEVELS })
  level: (typeof AREA_LEVELS)[number];

  @ApiProperty()
  filters: AppliedFiltersDto;

  @ApiPropertyOptional({ type: String, nullable: true, enum: ['language', 'targetGroup'] })
  split: 'language' | 'targetGroup' | null;

  @ApiProperty({ description: 'Weeks of search demand counted.' })
  weeks: number;

  @ApiProperty({ type: String, format: 'date', description: 'First day of the demand window.' })
  demandSince: string;

  @ApiProperty({ type: [GapDto], description: 'Most searched first; then `none` before `city-wide-only`.' })
  gaps: GapDto[];

  @ApiProperty({ type: String, format: 'date-time' })
  generatedAt: string;
}
