// The offline snapshot and change feed (docs/offline.md). To keep 20,000 services small enough
// for a phone on 4G, every optional key (`?`) is left out when its value is null or empty; arrays
// are always present, so on-device filters need no guards. Field names and codes are those of the
// search documents (src/search/search-document.ts), so the PWA filters exactly as the API does.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CURSOR_PATTERN } from './change-cursor.js';

export const SNAPSHOT_FORMAT_VERSION = 1;
export const MAX_CHANGES_LIMIT = 1000;

export class SnapshotOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'CAW Antwerpen (demo)' })
  name: string;
}

export class SnapshotLocationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiPropertyOptional()
  name?: string;

  @ApiPropertyOptional({
    description: 'One line: street and number, postcode and city.',
    example: 'Lange Kievitstraat 111, 2018 Antwerpen',
  })
  address?: string;

  @ApiProperty({ example: 51.2189 })
  latitude: number;

  @ApiProperty({ example: 4.4011 })
  longitude: number;

  @ApiPropertyOptional({ description: 'District the location lies in (derived from its coordinates).', example: 'borgerhout' })
  districtId?: string;

  @ApiPropertyOptional({ description: 'Wijk the location lies in.', example: '11002Z09' })
  wijkId?: string;
}

export class SnapshotPhoneDto {
  @ApiProperty({ example: '03 338 40 00' })
  number: string;

  @ApiPropertyOptional()
  extension?: number;

  @ApiPropertyOptional({ example: 'voice' })
  type?: string;

  @ApiPropertyOptional()
  description?: string;
}

/** An HSDS schedule as opening hours read it (src/modules/opening-hours); no times and dates = a closure. */
export class SnapshotScheduleDto {
  @ApiPropertyOptional({ example: 'WEEKLY' })
  freq?: string;

  @ApiPropertyOptional({ example: 'MO,TU,WE,TH,FR' })
  byday?: string;

  @ApiPropertyOptional({ example: '09:00:00', description: 'Europe/Brussels wall clock.' })
  opensAt?: string;

  @ApiPropertyOptional({ example: '12:30:00', description: 'Before opensAt: past midnight.' })
  closesAt?: string;

  @ApiPropertyOptional({ format: 'date' })
  validFrom?: string;

  @ApiPropertyOptional({ format: 'date' })
  validTo?: string;
}

/** One published service with everything its hit, detail page, favourite and referral card show. */
export class SnapshotTemporaryClosureDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date', description: 'Inclusive.' }) to: string;
  @ApiProperty() message: string;
}

export class SnapshotServiceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Schuldbemiddeling' })
  name: string;

  @ApiPropertyOptional()
  alternateName?: string;

  @ApiProperty()
  organization: SnapshotOrganizationDto;

  @ApiProperty({ description: 'Fictional demo listing: say so wherever it is shown.' })
  isDemo: boolean;

  @ApiProperty({ description: 'Full description, Dutch (empty when the service has none).' })
  description: string;

  @ApiPropertyOptional()
  applicationProcess?: string;

  @ApiPropertyOptional()
  eligibilityDescription?: string;

  @ApiPropertyOptional()
  feesDescription?: string;

  @ApiPropertyOptional()
  interpretationServices?: string;

  @ApiPropertyOptional()
  waitTime?: string;

  @ApiPropertyOptional({ description: 'A notice to show prominently (temporary change, closure).' })
  alert?: string;

  @ApiPropertyOptional({
    type: SnapshotTemporaryClosureDto,
    description: 'Closed between these dates (inclusive), with a message; shown while it lasts or is ahead.',
  })
  temporaryClosure?: SnapshotTemporaryClosureDto;

  @ApiProperty({ enum: ['active', 'inactive', 'defunct', 'temporarily closed'], description: 'HSDS operational status.' })
  status: string;

  @ApiPropertyOptional()
  email?: string;

  @ApiPropertyOptional()
  url?: string;

  @ApiProperty({
    type: [String],
    example: ['inkomen/schuldhulp'],
    description:
      "The service's own life-domain codes. Unlike the search documents' `lifeDomains`, ancestors are not listed: " +
      'they are the path prefixes, so filter `inkomen` matches a code equal to it or starting with `inkomen/`.',
  })
  lifeDomains: string[];

  @ApiProperty({ type: [String], example: ['nieuwkomers'] })
  targetGroups: string[];

  @ApiProperty({
    type: [String],
    example: ['zonder-afspraak'],
    description: 'Access codes: walkIn = zonder-afspraak, wheelchair = rolstoeltoegankelijk.',
  })
  access: string[];

  @ApiProperty({ type: [String], example: ['nl', 'ar'] })
  languages: string[];

  @ApiProperty({ type: Boolean, nullable: true, description: 'true: every cost option is 0; false: something costs; null: unknown.' })
  isFree: boolean | null;

  @ApiProperty({ description: 'Serves residents of the whole city (no service area counts as the whole city).' })
  servesCity: boolean;

  @ApiProperty({ type: [String], example: ['deurne'], description: 'Serves residents of these districts (and so of their wijken).' })
  servesDistricts: string[];

  @ApiProperty({ type: [String], example: ['11002Z09'] })
  servesWijken: string[];

  @ApiProperty({ type: [SnapshotLocationDto], description: 'Locations with coordinates.' })
  locations: SnapshotLocationDto[];

  @ApiProperty({ type: [SnapshotPhoneDto] })
  phones: SnapshotPhoneDto[];

  @ApiProperty({ type: [String], example: ['identiteitskaart'] })
  requiredDocuments: string[];

  @ApiProperty({ type: [SnapshotScheduleDto], description: 'Weekly hours and closures, evaluated with `holidays`.' })
  schedules: SnapshotScheduleDto[];

  @ApiProperty({ description: 'Open on legal holidays (access term open-op-feestdagen).' })
  opensOnHolidays: boolean;

  @ApiProperty({ description: 'Closed on public-sector days too (a public-sector organisation).' })
  followsPublicSectorCalendar: boolean;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
    example: { fr: { name: 'Médiation de dettes' } },
    description: 'Translated text fields by language; the base fields are Dutch.',
  })
  translations?: Record<string, Record<string, string>>;

  @ApiPropertyOptional({ format: 'date-time' })
  lastVerifiedAt?: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class SnapshotHolidayDto {
  @ApiProperty({ format: 'date', example: '2026-07-11' })
  date: string;

  @ApiProperty({ enum: ['legal', 'public-sector'], description: 'legal: closes services; public-sector: closes public-sector services.' })
  kind: 'legal' | 'public-sector';
}

export class SnapshotDto {
  @ApiProperty({ example: SNAPSHOT_FORMAT_VERSION, description: 'Format version of this document.' })
  version: number;

  @ApiProperty({ example: '18342.977', description: 'Change-feed position this snapshot includes: pass it as `since`.' })
  cursor: string;

  @ApiProperty({ format: 'date-time' })
  generatedAt: string;

  @ApiProperty({ example: 214 })
  count: number;

  @ApiProperty({ type: [SnapshotServiceDto] })
  services: SnapshotServiceDto[];

  @ApiProperty({ type: [SnapshotHolidayDto], description: 'Belgian holidays for opening hours.' })
  holidays: SnapshotHolidayDto[];
}

export class SnapshotChangesQueryDto {
  @ApiProperty({ description: 'A cursor from the snapshot or from the previous page of changes.', example: '18342.977' })
  @IsString()
  @Matches(CURSOR_PATTERN, { message: 'must be a cursor from the snapshot or the change feed, such as 18342.977' })
  since: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CHANGES_LIMIT, default: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_CHANGES_LIMIT)
  limit: number = 500;
}

export class SnapshotChangeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiPropertyOptional({ type: SnapshotServiceDto, description: 'The current record; absent: no longer public, delete it.' })
  service?: SnapshotServiceDto;
}

export class SnapshotChangesDto {
  @ApiProperty({ example: '18342.1020', description: 'Pass as `since` next time (unchanged when nothing changed).' })
  cursor: string;

  @ApiProperty({ description: 'More changes wait: ask again with the new cursor now.' })
  hasMore: boolean;

  @ApiProperty({ type: [SnapshotChangeDto], description: 'Each changed service once, oldest change first.' })
  changes: SnapshotChangeDto[];
}
