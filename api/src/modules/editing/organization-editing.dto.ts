// The organisation side of editing: its services in every state, trust, and its own details
// edited through revisions like a service's (organization-editing.service.ts).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Min,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PUBLICATION_STATES, SERVICE_STATUSES, type PublicationState, type ServiceStatus } from '../../database/entities/index.js';
import { EDIT_OUTCOMES, type EditOutcome, FieldDiffDto, isPresent, IsTranslations, TEXT_MAX } from './editing.dto.js';

export class ListingSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PUBLICATION_STATES, enumName: 'PublicationState' }) publicationState: PublicationState;
  @ApiProperty({ enum: SERVICE_STATUSES, enumName: 'ServiceStatus' }) status: ServiceStatus;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastVerifiedAt: string | null;
  @ApiProperty({ description: 'Not verified for 180 days, or never.' }) isStale: boolean;
  @ApiProperty({ description: 'Revisions of this service that wait for a moderator.' }) pendingRevisions: number;
}

export class OrganizationListingsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PUBLICATION_STATES, enumName: 'PublicationState' }) publicationState: PublicationState;
  @ApiProperty({ description: 'Edits by its editors are published without review.' }) isTrusted: boolean;
  @ApiProperty({ type: [ListingSummaryDto], description: 'Every service, in any publication state, by name.' })
  services: ListingSummaryDto[];
}

export class SetTrustedDto {
  @ApiProperty({ description: 'Trusted organisations publish their editors’ changes without review.' })
  @IsBoolean()
  isTrusted: boolean;
}

export class TrustResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() isTrusted: boolean;
}

const ORGANIZATION_TEXT_FIELDS = ['name', 'alternateName', 'description'] as const;

/** An organisation's details to change; a field left out stays as it is, `null` clears an optional field. */
export class OrganizationChangesDto {
  @ApiPropertyOptional({ example: 'Vzw De Schakel' })
  @ValidateIf(isPresent('name'))
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  alternateName?: string | null;

  @ApiPropertyOptional({ description: 'What the organisation does (required by HSDS; may be empty).' })
  @ValidateIf(isPresent('description'))
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'email' })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uri' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { fr: { name: 'ASBL De Schakel' } } })
  @ValidateIf(isPresent('translations'))
  @IsTranslations(ORGANIZATION_TEXT_FIELDS)
  translations?: Record<string, Record<string, string>>;
}

export class EditOrganizationDto {
  @ApiProperty({ description: 'The `version` of the organisation as read; another version is a 409.', example: 2 })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ type: OrganizationChangesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => OrganizationChangesDto)
  changes: OrganizationChangesDto;
}

/** An organisation's editable details as stored, with its version. */
export class EditableOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ enum: PUBLICATION_STATES, enumName: 'PublicationState' }) publicationState: string;
  @ApiProperty({ description: 'Edits by its editors are published without review.' }) isTrusted: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) alternateName: string | null;
  @ApiProperty() description: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) translations: Record<string, Record<string, string>>;
}

export class EditOrganizationResultDto {
  @ApiProperty({ enum: EDIT_OUTCOMES, description: '`applied`: published now; `pending`: waits for a moderator; `unchanged`.' })
  outcome: EditOutcome;

  @ApiProperty({ type: EditableOrganizationDto, description: 'The organisation as stored now (a pending change is not in it).' })
  organization: EditableOrganizationDto;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) revisionId: string | null;
  @ApiProperty({ type: [FieldDiffDto] }) changes: FieldDiffDto[];
}
