import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One accepted public report, for the rate limit only: an HMAC of the sender's address (never the
 * address), the service and the time. Rows leave after the longest window (an hour), so no trace
 * of a sender outlives it. In PostgreSQL, so the limit holds across API processes.
 */
@Entity()
@Index(['client', 'createdAt'])
@Index(['serviceId', 'createdAt'])
export class FeedbackAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  client: string;

  @Column({ type: 'uuid' })
  serviceId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The HMAC key of {@link FeedbackAttempt.client}, made once at random and shared by every API
 * process. Without it the hashes cannot be matched against the address space; with it (database
 * access) they could, which is why the attempts themselves live only an hour.
 */
@Entity()
export class FeedbackLimitKey {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column({ type: 'bytea' })
  key: Buffer;
}
