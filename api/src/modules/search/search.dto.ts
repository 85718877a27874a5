import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page.js';
import { PlaceRefDto } from '../places/places.dto.js';

/** Repeated parameters (`language=ar&language=tr`) and comma lists (`language=ar,tr`) both give arrays. */
const toList = ({ value }: { value: unknown }): unknown =>
  (Array.isArray(value) ? (value as unknown[]) : [value])
    .flatMap((v): unknown[] => (typeof v === 'string' ? v.split(',') : [v]))
    .map((v): unknown => (typeof v === 'string' ? v.trim() : v))
    .filter((v) => v !== '');
const toBoolean = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export const SORTS = ['relevance', 'distance', 'name', 'updated'] as const;
const CODE = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

export class SearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Free text: typo-tolerant, accent-insensitive, the last word as a prefix.', example: 'schuldbemid' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ type: [String], description: 'Life-domain codes (a parent includes its children).', example: ['inkomen'] })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CODE, { each: true, message: 'must be life-domain codes such as inkomen/schuldhulp' })
  lifeDomain?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Target-group codes.', example: ['nieuwkomers'] })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CODE, { each: true, message: 'must be target-group codes such as nieuwkomers' })
  targetGroup?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Languages the service is offered in (ISO codes).', example: ['ar'] })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'must be language codes such as ar' })
  language?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Serves residents of this district (its area covers it; whole city counts).',
    example: ['borgerhout'],
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]+(-[a-z]+)*$/, { each: true, message: 'must be district ids such as borgerhout' })
  district?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Serves residents of this wijk (its wijk, its district or the whole city).',
    example: ['11002S02'],
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^\d{5}[A-Z]\d{2}$/, { each: true, message: 'must be wijk ids such as 11002S02' })
  wijk?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'A location of the service lies in this district or wijk (id).',
    example: ['deurne'],
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^([a-z]+(-[a-z]+)*|\d{5}[A-Z]\d{2})$/, { each: true, message: 'must be district or wijk ids' })
  locatedIn?: string[];

  @ApiPropertyOptional({ description: 'A point `lat,lng` (WGS84): each hit gets its distance.', example: '51.2189,4.4011' })
  @IsOptional()
  @Matches(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, { message: 'must be lat,lng such as 51.2189,4.4011' })
  near?: string;

  @ApiPropertyOptional({ description: 'With `near`: only services within this many metres.', minimum: 1, maximum: 100000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  radius?: number;

  @ApiPropertyOptional({
    description: 'Open at this moment (ISO 8601; without an offset, Brussels time).',
    example: '2026-11-24T10:00:00+01:00',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  openAt?: string;

  @ApiPropertyOptional({ description: 'Open now (Brussels time).' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  openNow?: boolean;

  @ApiPropertyOptional({ description: 'Free: every cost option is 0.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  free?: boolean;

  @ApiPropertyOptional({ description: 'Walk-in, no appointment needed.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  walkIn?: boolean;

  @ApiPropertyOptional({ description: 'Wheelchair accessible.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  wheelchair?: boolean;

  @ApiPropertyOptional({
    description:
      'Language of the hits’ name and short description (a listing without that translation shows the Dutch original). Default: from Accept-Language among nl, en, fr, ar, tr, pl; else Dutch.',
    example: 'ar',
  })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/, { message: 'must be a language code such as ar' })
  lang?: string;

  @ApiPropertyOptional({
    enum: SORTS,
    description:
      'Default: distance with `near` and no `q`, else relevance. Relevance without `q` is local first: located in the `wijk`, then in the district (`district`, or the wijk’s), then serving them specifically, then city-wide; then by name.',
  })
  @IsOptional()
  @IsIn(SORTS)
  sort?: (typeof SORTS)[number];
}

export class HitLocationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  name: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Lange Kievitstraat 111, 2018 Antwerpen' })
  address: string | null;

  @ApiProperty({ example: 51.2189 })
  latitude: number;

  @ApiProperty({ example: 4.4011 })
  longitude: number;

  @ApiPropertyOptional({ type: PlaceRefDto, nullable: true })
  district: PlaceRefDto | null;

  @ApiPropertyOptional({ type: PlaceRefDto, nullable: true })
  wijk: PlaceRefDto | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Metres from `near`.' })
  distance: number | null;
}

export class OpenStatusDto {
  @ApiProperty({ description: 'Open at `openAt` (or now).' })
  isOpen: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When it closes, if open (null: around the clock).',
  })
  closesAt: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When it next opens, if closed (within 8 days).',
  })
  nextOpensAt: string | null;

  @ApiProperty({ description: 'Whether the service has opening hours at all.' })
  hasHours: boolean;
}

export class HitOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'CAW Antwerpen (demo)' })
  name: string;
}

export class SearchHitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  organization: HitOrganizationDto;

  @ApiProperty()
  isDemo: boolean;

  @ApiProperty()
  shortDescription: string;

  @ApiProperty({ type: [String], example: ['inkomen/schuldhulp'] })
  lifeDomains: string[];

  @ApiProperty({ type: [String], example: ['nl', 'ar'] })
  languages: string[];

  @ApiPropertyOptional({ type: HitLocationDto, nullable: true })
  location: HitLocationDto | null;

  @ApiProperty()
  open: OpenStatusDto;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  lastVerifiedAt: string | null;
}

export class FacetsDto {
  @ApiProperty({ example: { inkomen: 12, 'inkomen/schuldhulp': 7 } })
  lifeDomain: Record<string, number>;

  @ApiProperty({ example: { nieuwkomers: 5 } })
  targetGroup: Record<string, number>;

  @ApiProperty({ example: { nl: 40, ar: 9 } })
  language: Record<string, number>;

  @ApiProperty({ example: { borgerhout: 31 }, description: 'Services serving residents of each district.' })
  district: Record<string, number>;
}

export const HELP_FILTERS = [
  'q',
  'lifeDomain',
  'targetGroup',
  'language',
  'district',
  'wijk',
  'locatedIn',
  'radius',
  'openAt',
  'openNow',
  'free',
  'walkIn',
  'wheelchair',
] as const;

export class FilterRemovalDto {
  @ApiProperty({ enum: HELP_FILTERS, description: 'The parameter to leave out (all its values).' })
  filter: (typeof HELP_FILTERS)[number];

  @ApiProperty({ description: 'How many services the search finds without it.', example: 12 })
  total: number;
}

export class SearchHelpDto {
  @ApiProperty({
    type: [FilterRemovalDto],
    description: 'Each active filter that, removed alone, gives results, most results first (`q` only beside other filters).',
  })
  withoutFilter: FilterRemovalDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The query with every word spelled as the index knows it, when that finds services.',
    example: 'hulp',
  })
  didYouMean: string | null;
}

export class SearchResponseDto {
  @ApiProperty({ type: [SearchHitDto] })
  hits: SearchHitDto[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;

  @ApiProperty()
  totalPages: number;

  @ApiProperty({ description: 'Counts per value, each under all the other active filters.' })
  facets: FacetsDto;

  @ApiProperty({
    enum: ['memory', 'meilisearch'],
    description: 'The engine that answered (also in the X-Search-Engine header).',
  })
  engine: 'memory' | 'meilisearch';

  @ApiProperty({ description: 'true when Meilisearch failed or was not ready and the memory engine answered instead.' })
  isFallback: boolean;

  @ApiPropertyOptional({
    type: SearchHelpDto,
    nullable: true,
    description:
      'Only when nothing is found (null otherwise): which filter to remove and a spelling the index knows. The memory engine answers it; Meilisearch not yet.',
  })
  help?: SearchHelpDto | null;
}
