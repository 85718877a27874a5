import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { Organization } from '../../../database/entities/organization.entity.js';
import { AppUser } from './app-user.entity.js';

/** An editor (or anyone) who may edit one organisation's listings. */
@Entity()
@Unique(['userId', 'organizationId'])
export class OrganizationMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  user: Relation<AppUser>;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  organization: Relation<Organization>;

  /** Who invited the member or approved the claim; null for memberships made outside the portal. */
  @Column({ type: 'uuid', nullable: true })
  addedBy: string | null;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'added_by' })
  addedByUser: Relation<AppUser> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
