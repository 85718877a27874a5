// The shapes of a service's parts in an edit (service-parts.ts): validated field by field, so an
// error names the input (`changes.openingHours.weekly.2.closes`), and documented in OpenAPI.
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { AREA_SCOPE_ORDER, WEEKDAYS } from './service-parts.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME_MESSAGE = { message: 'must be a time HH:MM' };
const DATE_MESSAGE = { message: 'must be a date YYYY-MM-DD' };

/** YYYY-MM-DD and a day the month has: `2026-02-31` would reach PostgreSQL and fail there. */
const IsCalendarDate = () => applyDecorators(IsISO8601({ strict: true }, DATE_MESSAGE), Matches(DATE, DATE_MESSAGE));

/**
 * At most two decimals. class-validator's `maxDecimalPlaces` throws on numbers that print in
 * exponent notation (`1e-7`), which turned such an amount into a 500.
 */
function IsWholeCents(): PropertyDecorator {
  return ValidateBy({
    name: 'isWholeCents',
    validator: {
      validate: (value: unknown) => typeof value !== 'number' || Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
      defaultMessage: () => 'must have at most two decimals',
    },
  });
}

export class WeeklyPeriodDto {
  @ApiProperty({ enum: WEEKDAYS, example: 'MO' })
  @IsIn(WEEKDAYS)
  day: (typeof WEEKDAYS)[number];

  @ApiProperty({ example: '09:00', description: 'Europe/Brussels wall-clock time.' })
  @Matches(TIME, TIME_MESSAGE)
  opens: string;

  @ApiProperty({ example: '12:00', description: 'Before `opens`: runs past midnight.' })
  @Matches(TIME, TIME_MESSAGE)
  closes: string;

  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'Seasonal hours: from this date.' })
  @IsOptional()
  @IsCalendarDate()
  validFrom: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'Seasonal hours: until this date.' })
  @IsOptional()
  @IsCalendarDate()
  validTo: string | null;
}

export class ClosureDto {
  @ApiProperty({ format: 'date', example: '2026-12-24' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ format: 'date', example: '2026-12-24', description: 'Inclusive.' })
  @IsCalendarDate()
  to: string;

  @ApiProperty({ type: String, nullable: true, example: 'Kerstavond' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reason: string | null;
}

export class TemporaryClosureDto {
  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ format: 'date', description: 'Inclusive.' })
  @IsCalendarDate()
  to: string;

  @ApiProperty({ example: 'Gesloten wegens verbouwingen; we verwijzen door naar het LDC in Deurne.' })
  @IsString()
  @MaxLength(1000)
  message: string;
}

export class OpeningHoursDto {
  @ApiProperty({ type: [WeeklyPeriodDto], description: 'Split hours are two periods on one day; a day without periods is closed.' })
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => WeeklyPeriodDto)
  weekly: WeeklyPeriodDto[];

  @ApiProperty({ type: [ClosureDto], description: 'Exceptional closures.' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ClosureDto)
  closures: ClosureDto[];

  @ApiProperty({ type: TemporaryClosureDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TemporaryClosureDto)
  temporaryClosure: TemporaryClosureDto | null;

  @ApiProperty({ description: 'Open on legal holidays (otherwise closed on them).' })
  @IsBoolean()
  opensOnHolidays: boolean;
}

export class CostDto {
  @ApiProperty({ type: String, nullable: true, example: 'Gratis' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  option: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 0, description: 'Euro; 0 is free.' })
  @IsOptional()
  @IsNumber()
  @IsWholeCents()
  @Min(0)
  @Max(99_999_999)
  amount: number | null;
}

export class AreaDto {
  @ApiProperty({ enum: AREA_SCOPE_ORDER, example: 'district' })
  @IsIn(AREA_SCOPE_ORDER)
  scope: (typeof AREA_SCOPE_ORDER)[number];

  @ApiProperty({ type: String, nullable: true, example: 'borgerhout', description: 'District id, wijk id or postcode; null for the city.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  code: string | null;
}

export class LocationDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'A location of the organisation; null: a new one.' })
  @IsOptional()
  @IsUUID('all')
  id: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Wijkcentrum De Kern' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  name: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Turnhoutsebaan 100' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address1: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2140' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'must be a Belgian postcode of four digits' })
  postalCode: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Borgerhout' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 51.2135, description: 'WGS84; district and wijk are derived from it.' })
  @IsOptional()
  @IsNumber()
  @Min(-90)
  @Max(90)
  latitude: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 4.4353 })
  @IsOptional()
  @IsNumber()
  @Min(-180)
  @Max(180)
  longitude: number | null;
}
