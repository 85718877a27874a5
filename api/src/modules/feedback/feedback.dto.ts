import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, registerDecorator, type ValidationArguments } from 'class-validator';
import { PageQueryDto } from '../../common/pagination/page.js';
import {
  FEEDBACK_MESSAGE_MAX_LENGTH,
  FEEDBACK_STATUSES,
  FEEDBACK_TOPICS,
  type FeedbackStatus,
  type FeedbackTopic,
} from './feedback.entity.js';

/** "Other" says nothing by itself: it needs a message; the other topics may come without one. */
function IsPresentForTopicOther(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPresentForTopicOther',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'message must not be empty when the topic is other' },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          (args.object as { topic?: unknown }).topic !== 'other' || (typeof value === 'string' && value !== ''),
      },
    });
}

export class CreateFeedbackDto {
  @ApiProperty({ enum: FEEDBACK_TOPICS, example: 'wrong-hours' })
  @IsIn(FEEDBACK_TOPICS)
  topic: FeedbackTopic;

  @ApiPropertyOptional({
    maxLength: FEEDBACK_MESSAGE_MAX_LENGTH,
    default: '',
    example: 'Op woensdag is het kantoor sinds maart gesloten.',
    description: 'What is wrong; required for the topic `other`. No names or details of clients.',
  })
  // Surrounding white space is not a message: "   " for `other` counts as empty.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(FEEDBACK_MESSAGE_MAX_LENGTH)
  @IsPresentForTopicOther()
  message: string = '';
}

export class FeedbackReceiptDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: FEEDBACK_STATUSES, example: 'open' })
  status: FeedbackStatus;
}

/** The moderators' queue: open reports oldest first, resolved ones most recently resolved first. */
export class FeedbackListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FEEDBACK_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(FEEDBACK_STATUSES)
  status: FeedbackStatus = 'open';
}

export class ResolveFeedbackDto {
  @ApiPropertyOptional({
    maxLength: FEEDBACK_MESSAGE_MAX_LENGTH,
    default: '',
    example: 'Openingsuren aangepast na telefoon met de organisatie.',
    description: 'What was done about it, for the other moderators.',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(FEEDBACK_MESSAGE_MAX_LENGTH)
  note: string = '';
}

export class FeedbackServiceRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Schuldbemiddeling' })
  name: string;
}

export class FeedbackItemDto extends FeedbackReceiptDto {
  @ApiProperty()
  service: FeedbackServiceRefDto;

  @ApiProperty({ enum: FEEDBACK_TOPICS })
  topic: FeedbackTopic;

  @ApiProperty({ description: 'May be empty for topics other than `other`.' })
  message: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  resolvedAt: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Id of the user who resolved it.' })
  resolvedBy: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  resolutionNote: string | null;
}
