import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page.js';
import { PhoneDto, ServiceLocationDto } from '../services/services.dto.js';

export class OrganizationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name (case and accent insensitive).', example: 'caw' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;
}

export class OrganizationSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'CAW Antwerpen (demo)' })
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  alternateName: string | null;

  @ApiProperty({ description: 'The description cut to about 200 characters.' })
  shortDescription: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  website: string | null;

  @ApiProperty({ example: 4, description: 'Published services.' })
  serviceCount: number;

  @ApiProperty({ description: 'Fictional demo listing: say so wherever it is shown.' })
  isDemo: boolean;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  lastVerifiedAt: string | null;
}

export class OrganizationServiceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class OrganizationDetailDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  alternateName: string | null;

  @ApiProperty()
  description: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  email: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  website: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  legalStatus: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Belgian enterprise number.' })
  taxId: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  yearIncorporated: number | null;

  @ApiProperty({ example: { fr: { name: '…', description: '…' } } })
  translations: Record<string, Record<string, string>>;

  @ApiProperty()
  isDemo: boolean;

  @ApiProperty({ type: [PhoneDto] })
  phones: PhoneDto[];

  @ApiProperty({ type: [ServiceLocationDto] })
  locations: ServiceLocationDto[];

  @ApiProperty({ type: [OrganizationServiceDto], description: 'Its published services, by name.' })
  services: OrganizationServiceDto[];

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  lastVerifiedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty()
  version: number;
}
