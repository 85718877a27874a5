import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Service } from './service.entity.js';
import type { Location } from './location.entity.js';

/** HSDS `language`: a language a service (or location) is offered in. `code` is from `reference/languages.json`. */
@Entity()
@Check('language_has_one_owner', 'num_nonnulls(service_id, location_id) = 1')
export class Language {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  serviceId: string | null;

  @ManyToOne('Service', (service: Service) => service.languages, { onDelete: 'CASCADE', nullable: true })
  service: Relation<Service> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  locationId: string | null;

  @ManyToOne('Location', (location: Location) => location.languages, { onDelete: 'CASCADE', nullable: true })
  location: Relation<Location> | null;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Index()
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
