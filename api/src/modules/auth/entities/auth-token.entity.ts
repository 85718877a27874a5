import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Organization } from '../../../database/entities/organization.entity.js';
import { AppUser } from './app-user.entity.js';

export const AUTH_TOKEN_KINDS = ['invite', 'reset'] as const;
export type AuthTokenKind = (typeof AUTH_TOKEN_KINDS)[number];

/** A one-time link token (invitation or password reset); only its SHA-256 is stored. */
@Entity()
export class AuthToken {
  /** Hex SHA-256 of the token in the link. */
  @PrimaryColumn({ type: 'char', length: 64 })
  id: string;

  @Column({ type: 'enum', enum: AUTH_TOKEN_KINDS, enumName: 'auth_token_kind' })
  kind: AuthTokenKind;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  user: Relation<AppUser>;

  /** The organisation an invitation is for. */
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: true })
  organization: Relation<Organization> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
