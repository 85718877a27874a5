import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class LanguageDto {
  @ApiProperty({ example: 'ar', description: 'ISO 639-1, else ISO 639-3: the `language` filter value.' })
  code: string;

  @ApiProperty({ example: { nl: 'Arabisch', en: 'Arabic' } })
  name: Record<string, string>;

  @ApiProperty({ example: 'العربية' })
  native: string;

  @ApiProperty({ example: true, description: 'Written right to left.' })
  rtl: boolean;
}

export class HolidayDto {
  @ApiProperty({ example: '2026-07-11', format: 'date' })
  date: string;

  @ApiProperty({ example: { nl: 'Feest van de Vlaamse Gemeenschap', en: 'Day of the Flemish Community' } })
  name: Record<string, string>;

  @ApiProperty({
    enum: ['legal', 'public-sector'],
    description: '`legal`: a legal holiday; `public-sector`: a day off for city and Flemish staff.',
  })
  kind: 'legal' | 'public-sector';
}

export class HolidayQueryDto {
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: ['legal', 'public-sector'] })
  @IsOptional()
  @IsIn(['legal', 'public-sector'])
  kind?: 'legal' | 'public-sector';
}
