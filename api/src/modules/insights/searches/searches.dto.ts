import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SearchQueryDto } from '../../search/search.dto.js';
import { FormatQueryDto } from '../insights-query.dto.js';

export const MAX_UPLOADED_SEARCHES = 50;

export class SearchesQueryDto extends IntersectionType(PickType(SearchQueryDto, ['lifeDomain', 'district'] as const), FormatQueryDto) {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 52, default: 8, description: 'Weeks counted, this one included.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(52)
  weeks?: number;
}

/** One search made on the phone offline: its filters and how many results it had, never who made it. */
export class UploadedSearchDto extends PickType(SearchQueryDto, [
  'lifeDomain',
  'targetGroup',
  'language',
  'district',
  'wijk',
  'free',
  'walkIn',
] as const) {
  @ApiProperty({
    type: String,
    format: 'date',
    description: 'The day it was made (Brussels), within the last 30 days.',
    example: '2026-12-05',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  day: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1_000_000 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  resultCount: number;

  @ApiPropertyOptional({
    description: 'The free text; normalised before it is kept, and shown only once 5 different sessions searched it.',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class UploadSearchesDto {
  @ApiProperty({ type: [UploadedSearchDto], minItems: 1, maxItems: MAX_UPLOADED_SEARCHES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_UPLOADED_SEARCHES)
  @ValidateNested({ each: true })
  @Type(() => UploadedSearchDto)
  searches: UploadedSearchDto[];
}

export class UploadReceiptDto {
  @ApiProperty({ description: 'Searches counted.' })
  accepted: number;
}

export class WeekCountsDto {
  @ApiProperty({ type: String, format: 'date', description: 'Monday of the week.' })
  week: string;

  @ApiProperty()
  searches: number;

  @ApiProperty()
  zeroResults: number;

  @ApiProperty({ description: 'Searches with 1 to 3 results.' })
  lowResults: number;
}

export class CodeCountsDto {
  @ApiProperty({ description: 'Life-domain code or district id.' })
  code: string;

  @ApiProperty()
  searches: number;

  @ApiProperty()
  zeroResults: number;

  @ApiProperty()
  lowResults: number;

  @ApiProperty({ type: [WeekCountsDto], description: 'Every week of the window, oldest first (zeros included).' })
  trend: WeekCountsDto[];
}

export class SearchedFiltersDto {
  @ApiProperty({ type: [String] })
  lifeDomain: string[];

  @ApiProperty({ type: [String] })
  targetGroup: string[];

  @ApiProperty({ type: [String] })
  language: string[];

  @ApiProperty({ type: [String], description: 'The district filter and the districts of the wijk filter.' })
  district: string[];

  @ApiProperty({ type: [String] })
  wijk: string[];

  @ApiProperty()
  free: boolean;

  @ApiProperty()
  walkIn: boolean;

  @ApiProperty({ description: 'The search had a free text (never shown here).' })
  hasText: boolean;
}

export class FilterCountsDto {
  @ApiProperty()
  filters: SearchedFiltersDto;

  @ApiProperty()
  searches: number;

  @ApiProperty()
  zeroResults: number;

  @ApiProperty()
  lowResults: number;

  @ApiProperty({ type: [WeekCountsDto] })
  trend: WeekCountsDto[];
}

export class TextCountsDto {
  @ApiProperty({ description: 'The normalised text (words sorted, without stopwords).', example: 'borgerhout schuldhulp' })
  text: string;

  @ApiProperty({ description: 'Different sessions that searched it in the window (at least 5).' })
  sessions: number;

  @ApiProperty()
  searches: number;

  @ApiProperty()
  zeroResults: number;

  @ApiProperty()
  lowResults: number;

  @ApiProperty({ type: [WeekCountsDto] })
  trend: WeekCountsDto[];
}

export class SearchesResponseDto {
  @ApiProperty({ type: String, format: 'date', description: 'Monday of the first week counted.' })
  since: string;

  @ApiProperty({ example: 3, description: 'A low-result search had 1 to this many results.' })
  lowResultMax: number;

  @ApiProperty({ example: 5, description: 'A text is shown only once this many different sessions searched it.' })
  minSessions: number;

  @ApiProperty({ type: [WeekCountsDto], description: 'All searches per week (under the lifeDomain/district filters).' })
  weekly: WeekCountsDto[];

  @ApiProperty({ type: [CodeCountsDto], description: 'Per searched life-domain code, most zero-result first.' })
  byLifeDomain: CodeCountsDto[];

  @ApiProperty({ type: [CodeCountsDto], description: 'Per searched district, most zero-result first.' })
  byDistrict: CodeCountsDto[];

  @ApiProperty({ type: [FilterCountsDto], description: 'The filter combinations most often without any result (top 20).' })
  topZeroResults: FilterCountsDto[];

  @ApiProperty({ type: [FilterCountsDto], description: 'The filter combinations most often with 1–3 results (top 20).' })
  topLowResults: FilterCountsDto[];

  @ApiPropertyOptional({
    type: [TextCountsDto],
    nullable: true,
    description:
      'Moderators and admins: normalised texts searched by at least 5 sessions, most zero-result first (top 50; the lifeDomain/district filters do not apply). null for everyone else.',
  })
  texts: TextCountsDto[] | null;

  @ApiProperty({ type: String, format: 'date-time' })
  generatedAt: string;
}
