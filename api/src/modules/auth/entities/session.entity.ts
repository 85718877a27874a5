import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AppUser } from './app-user.entity.js';

/**
 * A login. The cookie holds a random 256-bit token; only its SHA-256 is stored, so a copy of the
 * database does not let anyone log in.
 */
@Entity()
export class Session {
  /** Hex SHA-256 of the cookie's token. */
  @PrimaryColumn({ type: 'char', length: 64 })
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  user: Relation<AppUser>;

  /** Synchroniser token: writes must echo it in `X-CSRF-Token`. Useless without the cookie. */
  @Column({ type: 'text' })
  csrfToken: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** Sliding: the earlier of last seen + the idle timeout and created + the maximum age. */
  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;
}
