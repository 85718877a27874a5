import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Service } from './service.entity.js';

/** HSDS `required_document`: what to bring. */
@Entity()
export class RequiredDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  serviceId: string;

  @ManyToOne('Service', (service: Service) => service.requiredDocuments, { onDelete: 'CASCADE' })
  service: Relation<Service>;

  @Column({ type: 'text' })
  document: string;

  @Column({ type: 'text', nullable: true })
  uri: string | null;
}
