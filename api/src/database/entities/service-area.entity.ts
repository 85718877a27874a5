import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Service } from './service.entity.js';

export const AREA_SCOPES = ['city', 'district', 'wijk', 'postcode'] as const;
export type AreaScope = (typeof AREA_SCOPES)[number];

/**
 * HSDS `service_area`: whom a service serves ("serves residents of"), not where it is.
 * `uri` follows our profile (`urn:antwerpen:stad`, `urn:antwerpen:district:<id>`, `urn:antwerpen:wijk:<id>`,
 * `urn:antwerpen:postcode:<code>`); `scope`/`code` are the same fact in a form that can be filtered and indexed.
 */
@Entity()
@Index(['scope', 'code'])
export class ServiceArea {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  serviceId: string;

  @ManyToOne('Service', (service: Service) => service.serviceAreas, { onDelete: 'CASCADE' })
  service: Relation<Service>;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  extent: string | null;

  @Column({ type: 'text', nullable: true })
  extentType: string | null;

  @Column({ type: 'text' })
  uri: string;

  @Column({ type: 'enum', enum: AREA_SCOPES, enumName: 'area_scope' })
  scope: AreaScope;

  /** District id, wijk id or postcode; null for the whole city. */
  @Column({ type: 'text', nullable: true })
  code: string | null;
}
