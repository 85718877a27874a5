import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** `admin`: everything, users included; `moderator`: review and edit any listing; `editor`: only their organisations. */
export const ROLES = ['admin', 'moderator', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** A person who logs in to the portal. Public reading needs no account. */
@Entity()
export class AppUser {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lower-cased before it is stored, so the unique index is case-insensitive in effect. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  email: string;

  /** argon2id; null until the invited user sets a password. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'enum', enum: ROLES, enumName: 'app_user_role', default: 'editor' })
  role: Role;

  @Column({ type: 'text', default: '' })
  displayName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Set: the account cannot log in and its sessions are gone. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;
}
