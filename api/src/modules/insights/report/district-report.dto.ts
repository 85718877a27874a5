import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CategoryDto, CoverageAreaDto, GapDto, PopulationDto, PopulationSourceDto } from '../coverage.dto.js';
import { DistrictFreshnessDto, FreshnessWeekDto, OldestListingDto } from '../freshness.dto.js';
import { CodeCountsDto, FilterCountsDto, WeekCountsDto } from '../searches/searches.dto.js';

export class ReportDistrictDto {
  @ApiProperty({ example: 'borgerhout' })
  id: string;

  @ApiProperty({ example: 'Borgerhout' })
  name: string;

  @ApiPropertyOptional({ type: PopulationDto, nullable: true })
  population: PopulationDto | null;
}

export class ReportFreshnessDto {
  @ApiProperty({ type: DistrictFreshnessDto })
  district: DistrictFreshnessDto;

  @ApiProperty({ type: [OldestListingDto], description: 'The 10 least recently verified listings serving the district.' })
  oldest: OldestListingDto[];

  @ApiProperty({ type: [FreshnessWeekDto], description: 'The district’s weekly record (26 weeks).' })
  weekly: FreshnessWeekDto[];
}

export class ReportSearchesDto {
  @ApiProperty({ type: String, format: 'date' })
  since: string;

  @ApiProperty({ type: [WeekCountsDto] })
  weekly: WeekCountsDto[];

  @ApiProperty({ type: [CodeCountsDto] })
  byLifeDomain: CodeCountsDto[];

  @ApiProperty({ type: [FilterCountsDto] })
  topZeroResults: FilterCountsDto[];
}

export class DistrictReportDto {
  @ApiProperty()
  district: ReportDistrictDto;

  @ApiProperty({ type: [CategoryDto], description: 'Life domains with their Dutch names.' })
  categories: CategoryDto[];

  @ApiProperty({ type: CoverageAreaDto, description: 'The district’s coverage by life domain.' })
  coverage: CoverageAreaDto;

  @ApiProperty({ type: [CoverageAreaDto], description: 'Each of its wijken, by life domain.' })
  wijken: CoverageAreaDto[];

  @ApiProperty({ type: [GapDto], description: 'Gaps of the district and of its wijken (top-level life domains), most searched first.' })
  gaps: GapDto[];

  @ApiProperty()
  freshness: ReportFreshnessDto;

  @ApiProperty({ description: 'Searches naming the district (the open aggregate, 8 weeks, no free text).' })
  searches: ReportSearchesDto;

  @ApiProperty({ type: [PopulationSourceDto] })
  populationSources: PopulationSourceDto[];

  @ApiProperty({ type: String, format: 'date-time' })
  generatedAt: string;
}
