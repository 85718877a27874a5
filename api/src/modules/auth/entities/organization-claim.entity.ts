import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization } from '../../../database/entities/organization.entity.js';
import { AppUser } from './app-user.entity.js';

export const CLAIM_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** A logged-in user asks to manage an existing organisation; a moderator approves or refuses. */
@Entity()
@Index(['status', 'createdAt'])
export class OrganizationClaim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  user: Relation<AppUser>;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  organization: Relation<Organization>;

  @Column({ type: 'text', default: '' })
  message: string;

  @Column({ type: 'enum', enum: CLAIM_STATUSES, enumName: 'organization_claim_status', default: 'pending' })
  status: ClaimStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'decided_by' })
  decidedByUser: Relation<AppUser> | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
