import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { Service } from './service.entity.js';
import type { Location } from './location.entity.js';
import type { Phone } from './phone.entity.js';
import type { Schedule } from './schedule.entity.js';

/** HSDS `service_at_location`: a service offered at a location. */
@Entity()
@Unique(['serviceId', 'locationId'])
export class ServiceAtLocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  serviceId: string;

  @ManyToOne('Service', (service: Service) => service.serviceAtLocations, { onDelete: 'CASCADE' })
  service: Relation<Service>;

  @Index()
  @Column({ type: 'uuid' })
  locationId: string;

  @ManyToOne('Location', (location: Location) => location.serviceAtLocations, { onDelete: 'CASCADE' })
  location: Relation<Location>;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @OneToMany('Phone', (phone: Phone) => phone.serviceAtLocation)
  phones: Relation<Phone[]>;

  @OneToMany('Schedule', (schedule: Schedule) => schedule.serviceAtLocation)
  schedules: Relation<Schedule[]>;
}
