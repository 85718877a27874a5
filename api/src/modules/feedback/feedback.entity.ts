import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Service } from '../../database/entities/service.entity.js';

export const FEEDBACK_TOPICS = ['closed', 'wrong-hours', 'wrong-contact', 'other'] as const;
export type FeedbackTopic = (typeof FEEDBACK_TOPICS)[number];

export const FEEDBACK_STATUSES = ['open', 'resolved'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Characters; the form's counter shows the same limit. */
export const FEEDBACK_MESSAGE_MAX_LENGTH = 1000;

/**
 * A "report a problem" about a published service, sent without an account. It deliberately has no
 * column for who sent it (no IP address, user agent or contact): the public form asks for none,
 * and the moderators' queue only needs what is wrong with the listing.
 */
@Entity()
@Index(['status', 'createdAt'])
@Check('feedback_other_has_message', `topic <> 'other' OR message <> ''`)
@Check('feedback_resolved_has_time', `(status = 'resolved') = (resolved_at IS NOT NULL)`)
export class Feedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  serviceId: string;

  @ManyToOne('Service', { onDelete: 'CASCADE' })
  service: Relation<Service>;

  @Column({ type: 'enum', enum: FEEDBACK_TOPICS, enumName: 'feedback_topic' })
  topic: FeedbackTopic;

  @Column({ type: 'text', default: '' })
  message: string;

  @Column({ type: 'enum', enum: FEEDBACK_STATUSES, enumName: 'feedback_status', default: 'open' })
  status: FeedbackStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  /** The moderator who resolved it (a user id once accounts exist). */
  @Column({ type: 'text', nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'text', nullable: true })
  resolutionNote: string | null;
}
