// Query parameters of the /hsds API, named as the HSDS OpenAPI names them (snake_case).
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

export const HSDS_MAX_PER_PAGE = 1000;
const DEFAULT_PER_PAGE = 50;

const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class HsdsPageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1, description: 'Page number, from 1.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: HSDS_MAX_PER_PAGE, default: DEFAULT_PER_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(HSDS_MAX_PER_PAGE)
  per_page: number = DEFAULT_PER_PAGE;

  @ApiPropertyOptional({ description: 'Full text search (name and description).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ enum: ['json', 'ndjson'], default: 'json', description: '`ndjson` streams every result, without pagination.' })
  @IsOptional()
  @IsIn(['json', 'ndjson'])
  format: 'json' | 'ndjson' = 'json';
}

export class HsdsServiceQueryDto extends HsdsPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  taxonomy_term_id?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  taxonomy_id?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  organization_id?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only results modified on or after this moment (ISO 8601).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'modified_after must be an ISO 8601 date-time' })
  modified_after?: Date;

  @ApiPropertyOptional({ description: 'Only `id` and `last_modified` of each service.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  minimal: boolean = false;

  @ApiPropertyOptional({ description: 'Fully nested services.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  full: boolean = false;
}

export class HsdsServiceAtLocationQueryDto extends HsdsServiceQueryDto {
  @ApiPropertyOptional({ description: 'Serves residents of this postcode (its service area covers it).', example: '2060' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'postcode must be a Belgian postcode of 4 digits' })
  postcode?: string;

  @ApiPropertyOptional({ description: 'With `postcode`: only locations within this many metres of the postcode’s centroid.' })
  @IsOptional()
  @ValidateIf((query: HsdsServiceAtLocationQueryDto) => query.proximity !== undefined)
  @Type(() => Number)
  @IsNumber()
  @Min(1)
  @Max(100_000)
  proximity?: number;
}

export class HsdsOrganizationQueryDto extends HsdsPageQueryDto {
  @ApiPropertyOptional({ description: 'Fully nested organizations.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  full: boolean = false;

  @ApiPropertyOptional({ description: 'Fully nested organizations with fully nested services.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  full_service: boolean = false;
}

export class HsdsOrganizationDetailQueryDto {
  @ApiPropertyOptional({ description: 'Fully nested services.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  full_service: boolean = false;
}

export class HsdsTaxonomyTermQueryDto extends HsdsPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  taxonomy_id?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  parent_id?: string;

  @ApiPropertyOptional({ description: 'Only terms without a parent.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  top_only: boolean = false;
}
