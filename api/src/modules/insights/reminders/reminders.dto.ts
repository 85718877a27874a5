import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import { OldestListingDto } from '../freshness.dto.js';

export class ReminderMailDto {
  @ApiProperty()
  to: string;

  @ApiProperty()
  subject: string;

  @ApiProperty({ description: 'The mail as it is sent (plain text, Dutch).' })
  text: string;
}

export class ReminderOrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Where the reminder goes; null: the organisation has no e-mail address.',
  })
  email: string | null;
}

export class ReminderDto {
  @ApiProperty()
  organization: ReminderOrganizationDto;

  @ApiProperty({ type: [OldestListingDto], description: 'Its listings not verified within 180 days, oldest first.' })
  staleListings: OldestListingDto[];

  @ApiPropertyOptional({ type: ReminderMailDto, nullable: true, description: 'null without an e-mail address.' })
  mail: ReminderMailDto | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When this week’s reminder was sent; null: not yet.',
  })
  sentThisWeekAt: string | null;
}

export class RemindersResponseDto {
  @ApiProperty({ type: String, format: 'date', description: 'Monday of this week: one reminder per organisation per week.' })
  week: string;

  @ApiProperty({
    type: [ReminderDto],
    description: 'Organisations with stale listings, most stale first: the first 100 (as many as one send takes).',
  })
  reminders: ReminderDto[];

  @ApiProperty({ description: 'All organisations with stale listings (reminders holds the first 100).' })
  total: number;
}

export class SendRemindersDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  organizationIds: string[];
}

export const SKIP_REASONS = ['already-sent-this-week', 'no-email', 'nothing-stale', 'not-found'] as const;

export class SkippedReminderDto {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiProperty({ enum: SKIP_REASONS })
  reason: (typeof SKIP_REASONS)[number];
}

export class SentRemindersDto {
  @ApiProperty({ type: String, format: 'date' })
  week: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Organisations mailed now.' })
  sent: string[];

  @ApiProperty({ type: [SkippedReminderDto] })
  skipped: SkippedReminderDto[];
}
