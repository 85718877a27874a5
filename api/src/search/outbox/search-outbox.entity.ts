import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One pending change of one service for one search engine, written in the same transaction as the
 * change itself. The worker rebuilds the service's document from PostgreSQL (so the row needs no
 * payload: indexed when published, removed otherwise) and deletes the row once the engine has it.
 */
@Entity()
@Index(['engine', 'availableAt'])
export class SearchOutbox {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  engine: string;

  @Column({ type: 'uuid' })
  serviceId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Not before: the backoff after a failed attempt. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
