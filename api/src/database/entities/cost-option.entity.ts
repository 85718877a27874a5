import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Service } from './service.entity.js';

/** HSDS `cost_option`. A service is free when it has cost options and every amount is 0. */
@Entity()
export class CostOption {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  serviceId: string;

  @ManyToOne('Service', (service: Service) => service.costOptions, { onDelete: 'CASCADE' })
  service: Relation<Service>;

  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'text', nullable: true })
  option: string | null;

  /** ISO 4217. */
  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  /** In `currency` units (euro), not cents. */
  @Column({
    type: 'numeric',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: { to: (v?: number | null) => v, from: (v?: string | null) => (v == null ? null : Number(v)) },
  })
  amount: number | null;

  @Column({ type: 'text', nullable: true })
  amountDescription: string | null;
}
