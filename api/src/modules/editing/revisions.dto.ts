import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page.js';
import { REVISION_STATUSES, type RevisionStatus } from '../../database/entities/index.js';
import { EditableServiceDto, EDIT_OUTCOMES, type EditOutcome, FieldDiffDto } from './editing.dto.js';
import { EditableOrganizationDto } from './organization-editing.dto.js';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RevisionListQueryDto {
  @ApiPropertyOptional({ enum: REVISION_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(REVISION_STATUSES)
  status?: RevisionStatus;

  @ApiPropertyOptional({ description: 'Only revisions of your own organisations’ services (the only list an editor may see).' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  mine?: boolean;
}

export class ApproveRevisionDto {
  @ApiPropertyOptional({ example: 'Nagekeken op de website.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class RejectRevisionDto {
  @ApiProperty({ description: 'Why: the author sees it.', example: 'Dit adres is niet meer in gebruik.' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  comment: string;
}

export class RevisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['service', 'organization'], description: 'A service, or an organisation’s own details.' }) resourceType: string;
  @ApiProperty({ format: 'uuid' }) resourceId: string;
  @ApiProperty({ description: 'The service’s (or organisation’s) name as published now.' }) resourceName: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ description: 'The version the author edited.' }) baseVersion: number;
  @ApiProperty({ description: 'The version the service is at now; another than `baseVersion` cannot be approved.' })
  currentVersion: number;
  @ApiProperty({ enum: REVISION_STATUSES, enumName: 'RevisionStatus' }) status: RevisionStatus;
  @ApiProperty({ format: 'uuid' }) authorId: string;
  @ApiProperty({ type: String, nullable: true }) authorEmail: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reviewerId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;

  @ApiProperty({
    description:
      'Approving makes the listing public (it is a draft or archived now): `diff` then lists every field the public will see, `before` null.',
  })
  publishes: boolean;

  @ApiProperty({
    type: [FieldDiffDto],
    description:
      'Per proposed field: `before` as published now, `after` as proposed. When `publishes`: every public field, with its value as stored or proposed.',
  })
  diff: FieldDiffDto[];
}

export class StaleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'A location of the service lies in this district (id).', example: 'borgerhout' })
  @IsOptional()
  @Matches(/^[a-z]+(-[a-z]+)*$/, { message: 'must be a district id such as borgerhout' })
  district?: string;

  @ApiPropertyOptional({ description: 'Life domain code; a parent includes its children.', example: 'inkomen' })
  @IsOptional()
  @Matches(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, { message: 'must be a life domain code such as inkomen/schuldhulp' })
  lifeDomain?: string;
}

export class StaleServiceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null: never verified.' })
  lastVerifiedAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Whole days since the last verification; null when never.' })
  daysSinceVerified: number | null;
}

export class ApproveResultDto {
  @ApiProperty({ enum: EDIT_OUTCOMES, description: '`applied`: published now; `unchanged`: it already had these values.' })
  outcome: EditOutcome;

  @ApiPropertyOptional({ type: EditableServiceDto, description: 'A service’s revision: the service as stored now.' })
  service?: EditableServiceDto;

  @ApiPropertyOptional({ type: EditableOrganizationDto, description: 'An organisation’s revision: its details as stored now.' })
  organization?: EditableOrganizationDto;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) revisionId: string | null;
  @ApiProperty({ type: [FieldDiffDto] }) changes: FieldDiffDto[];

  @ApiProperty({ type: RevisionDto })
  revision: RevisionDto;
}

/** The service as stored, with the revisions of it that wait for a moderator (the editor sees them as pending). */
export class EditableListingDto extends EditableServiceDto {
  @ApiProperty({ type: [RevisionDto] })
  pendingRevisions: RevisionDto[];

  @ApiProperty({ type: [RevisionDto], description: 'The last five rejected revisions, newest first, with the moderator’s comment.' })
  rejectedRevisions: RevisionDto[];

  @ApiProperty({ description: 'Not verified for 180 days, or never.' })
  isStale: boolean;

  @ApiProperty({ description: 'Edits of this organisation are published without review.' })
  isTrusted: boolean;
}

/** An organisation's details as stored, with the revisions of them that wait for a moderator. */
export class EditableOrganizationListingDto extends EditableOrganizationDto {
  @ApiProperty({ type: [RevisionDto] })
  pendingRevisions: RevisionDto[];
}
