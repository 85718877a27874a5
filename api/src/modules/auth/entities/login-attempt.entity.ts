import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ATTEMPT_KINDS = ['login-failure', 'password-reset'] as const;
export type AttemptKind = (typeof ATTEMPT_KINDS)[number];

/**
 * Failed logins and password-reset requests, counted per e-mail address and per IP address over a
 * window. In PostgreSQL, not in memory, so the limit holds across API processes and restarts.
 */
@Entity()
@Index(['kind', 'email', 'createdAt'])
@Index(['kind', 'ip', 'createdAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'enum', enum: ATTEMPT_KINDS, enumName: 'login_attempt_kind' })
  kind: AttemptKind;

  /** Lower-cased, whether or not an account has it (the limit must not reveal which exist). */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
