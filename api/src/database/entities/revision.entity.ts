import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const REVISION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

/**
 * A proposed change to a listing, waiting for a moderator (docs/moderation.md). `changes` holds the
 * proposed values by property name; the published row keeps its values until the revision is
 * approved. Author and reviewer are `app_user` ids without a foreign key, like `metadata`, so the
 * record outlives a deleted account.
 */
@Entity()
@Index(['status', 'createdAt'])
@Index(['resourceType', 'resourceId'])
export class Revision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** HSDS table name; only `service` for now. */
  @Column({ type: 'text', default: 'service' })
  resourceType: string;

  @Column({ type: 'uuid' })
  resourceId: string;

  /** The resource's `version` the author edited: approving a revision whose base is outdated is a conflict. */
  @Column({ type: 'int' })
  baseVersion: number;

  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;

  @Column({ type: 'enum', enum: REVISION_STATUSES, enumName: 'revision_status', default: 'pending' })
  status: RevisionStatus;

  @Column({ type: 'uuid' })
  authorId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  reviewerId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  /** The reviewer's comment; required when rejecting. */
  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
