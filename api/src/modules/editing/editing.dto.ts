import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  PUBLICATION_STATES,
  SERVICE_STATUSES,
  SERVICE_TEXT_FIELDS,
  TRANSLATION_LANGUAGES,
  type PublicationState,
  type ServiceStatus,
} from '../../database/entities/index.js';
import { AreaDto, CostDto, LocationDto, OpeningHoursDto } from './service-parts.dto.js';

const CODE = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

export const TEXT_MAX = 10_000;
export const isPresent = (field: string) => (o: object) => (o as Record<string, unknown>)[field] !== undefined;

/** `{ fr: { name: '…' } }`: known languages, known text fields, string values. */
export function IsTranslations(textFields: readonly string[] = SERVICE_TEXT_FIELDS): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTranslations',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `must map languages (${TRANSLATION_LANGUAGES.join(', ')}) to text fields (${textFields.join(', ')})` },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.entries(value).every(
            ([language, texts]) =>
              (TRANSLATION_LANGUAGES as readonly string[]).includes(language) &&
              typeof texts === 'object' &&
              texts !== null &&
              !Array.isArray(texts) &&
              Object.entries(texts as object).every(
                ([field, text]) => textFields.includes(field) && typeof text === 'string' && text.length <= TEXT_MAX,
              ),
          ),
      },
    });
}

/** The fields to change; a field left out stays as it is, `null` clears an optional field. */
export class ServiceChangesDto {
  @ApiPropertyOptional({ example: 'Schuldhulp Borgerhout' })
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

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  applicationProcess?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  eligibilityDescription?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  feesDescription?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'email' })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uri' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  url?: string | null;

  @ApiPropertyOptional({ enum: SERVICE_STATUSES, enumName: 'ServiceStatus' })
  @ValidateIf(isPresent('status'))
  @IsIn(SERVICE_STATUSES)
  status?: ServiceStatus;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { fr: { name: 'Médiation de dettes' } } })
  @ValidateIf(isPresent('translations'))
  @IsTranslations()
  translations?: Record<string, Record<string, string>>;

  @ApiPropertyOptional({
    enum: PUBLICATION_STATES,
    enumName: 'PublicationState',
    description: '`published` makes a draft public, `archived` takes a service off the map.',
  })
  @ValidateIf(isPresent('publicationState'))
  @IsIn(PUBLICATION_STATES)
  publicationState?: PublicationState;

  @ApiPropertyOptional({ type: OpeningHoursDto })
  @ValidateIf(isPresent('openingHours'))
  @IsObject()
  @ValidateNested()
  @Type(() => OpeningHoursDto)
  openingHours?: OpeningHoursDto;

  @ApiPropertyOptional({ type: [String], example: ['nl', 'fr', 'ar'], description: 'Codes of reference/languages.json.' })
  @ValidateIf(isPresent('languages'))
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { each: true, message: 'must be language codes such as nl or ar' })
  languages?: string[];

  @ApiPropertyOptional({ type: [String], example: ['inkomen/schuldhulp'], description: 'Life domain codes.' })
  @ValidateIf(isPresent('lifeDomains'))
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(CODE, { each: true, message: 'must be life domain codes such as inkomen/schuldhulp' })
  lifeDomains?: string[];

  @ApiPropertyOptional({ type: [String], example: ['nieuwkomers'], description: 'Target group codes.' })
  @ValidateIf(isPresent('targetGroups'))
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(CODE, { each: true, message: 'must be target group codes' })
  targetGroups?: string[];

  @ApiPropertyOptional({ type: [CostDto], description: 'An empty list: the cost is not known.' })
  @ValidateIf(isPresent('costs'))
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CostDto)
  costs?: CostDto[];

  @ApiPropertyOptional({ type: [AreaDto], description: 'Whom it serves; an empty list: the whole city.' })
  @ValidateIf(isPresent('serviceArea'))
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AreaDto)
  serviceArea?: AreaDto[];

  @ApiPropertyOptional({ type: [LocationDto], description: 'Exactly the locations the service is offered at.' })
  @ValidateIf(isPresent('locations'))
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LocationDto)
  locations?: LocationDto[];
}

export class EditServiceDto {
  @ApiProperty({ description: 'The `version` of the service as read; another version is a 409.', example: 3 })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ type: ServiceChangesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceChangesDto)
  changes: ServiceChangesDto;
}

export class RollbackDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A change from the history: restore the values as they were right after it.' })
  @ValidateIf((o: RollbackDto) => o.toChangeId !== undefined || o.toTimestamp === undefined)
  @IsUUID('all')
  toChangeId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Or: restore the values as they were at this moment.' })
  @ValidateIf((o: RollbackDto) => o.toTimestamp !== undefined)
  @IsISO8601({ strict: true })
  toTimestamp?: string;

  @ApiProperty({ description: 'The `version` of the service as read; another version is a 409.', example: 3 })
  @IsInt()
  @Min(1)
  version: number;
}

/** A service's editable fields as stored (published or not), with its version. */
export class EditableServiceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ example: 3 }) version: number;
  @ApiProperty({ enum: ['draft', 'published', 'archived'] }) publicationState: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastVerifiedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) lastVerifiedBy: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) alternateName: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) applicationProcess: string | null;
  @ApiProperty({ type: String, nullable: true }) eligibilityDescription: string | null;
  @ApiProperty({ type: String, nullable: true }) feesDescription: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ enum: SERVICE_STATUSES, enumName: 'ServiceStatus' }) status: ServiceStatus;
  @ApiProperty({ type: 'object', additionalProperties: true }) translations: Record<string, Record<string, string>>;
  @ApiProperty({ type: OpeningHoursDto }) openingHours: OpeningHoursDto;
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty({ type: [String] }) lifeDomains: string[];
  @ApiProperty({ type: [String] }) targetGroups: string[];
  @ApiProperty({ type: [CostDto] }) costs: CostDto[];
  @ApiProperty({ type: [AreaDto] }) serviceArea: AreaDto[];
  @ApiProperty({ type: [LocationDto] }) locations: LocationDto[];
}

export class CreateServiceDto {
  @ApiProperty({ example: 'Budgetbegeleiding' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;
}

/** A field's value: text, a status, translations, or null. */
const ANY_VALUE: ApiPropertyOptions = {
  nullable: true,
  oneOf: [{ type: 'string' }, { type: 'boolean' }, { type: 'object', additionalProperties: true }, { type: 'array', items: {} }],
};

export class FieldDiffDto {
  @ApiProperty({ example: 'name' }) field: string;
  @ApiProperty({ ...ANY_VALUE, description: 'The value before (history) or as published now (revision).' }) before: unknown;
  @ApiProperty({ ...ANY_VALUE, description: 'The value after (history) or as proposed (revision).' }) after: unknown;
}

export const EDIT_OUTCOMES = ['applied', 'pending', 'unchanged'] as const;
export type EditOutcome = (typeof EDIT_OUTCOMES)[number];

export class EditResultDto {
  @ApiProperty({
    enum: EDIT_OUTCOMES,
    description: '`applied`: published now; `pending`: a revision waits for a moderator; `unchanged`: nothing differed.',
  })
  outcome: EditOutcome;

  @ApiProperty({ type: EditableServiceDto, description: 'The service as stored now (a pending change is not in it).' })
  service: EditableServiceDto;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The pending revision.' })
  revisionId: string | null;

  @ApiProperty({ type: [FieldDiffDto] })
  changes: FieldDiffDto[];
}

export class HistoryChangeDto {
  @ApiProperty({ format: 'uuid', description: 'Pass as `toChangeId` to roll back to the values right after this change.' })
  id: string;

  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'update', description: '`update`, `rollback`, `verify`, `import`, …' }) actionType: string;
  @ApiProperty({ description: 'A user id, or `import-token`, `cli`, `demo-seed`.' }) updatedBy: string;
  @ApiProperty({ type: String, nullable: true }) updatedByEmail: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The approved revision this change came from.' })
  revisionId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who approved it.' }) approvedBy: string | null;
  @ApiProperty({ type: [FieldDiffDto] }) fields: FieldDiffDto[];
}

export class VerifyResultDto {
  @ApiProperty({ format: 'date-time' }) lastVerifiedAt: string;
  @ApiProperty() lastVerifiedBy: string;
}
