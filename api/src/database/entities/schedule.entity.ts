import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Service } from './service.entity.js';
import type { Location } from './location.entity.js';
import type { ServiceAtLocation } from './service-at-location.entity.js';

export const SCHEDULE_FREQUENCIES = ['WEEKLY', 'MONTHLY'] as const;
export type ScheduleFrequency = (typeof SCHEDULE_FREQUENCIES)[number];

/**
 * HSDS `schedule`: one opening period as an RFC 5545-style rule. `opensAt`/`closesAt` are wall-clock
 * times in Europe/Brussels; `closesAt` before `opensAt` runs past midnight.
 */
@Entity()
@Check('schedule_has_one_owner', 'num_nonnulls(service_id, location_id, service_at_location_id) = 1')
export class Schedule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  serviceId: string | null;

  @ManyToOne('Service', (service: Service) => service.schedules, { onDelete: 'CASCADE', nullable: true })
  service: Relation<Service> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  locationId: string | null;

  @ManyToOne('Location', (location: Location) => location.schedules, { onDelete: 'CASCADE', nullable: true })
  location: Relation<Location> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  serviceAtLocationId: string | null;

  @ManyToOne('ServiceAtLocation', (sal: ServiceAtLocation) => sal.schedules, { onDelete: 'CASCADE', nullable: true })
  serviceAtLocation: Relation<ServiceAtLocation> | null;

  @Column({ type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'date', nullable: true })
  dtstart: string | null;

  /** UTC offset in hours as HSDS defines it; we evaluate in Europe/Brussels and leave it empty. */
  @Column({ type: 'int', nullable: true })
  timezone: number | null;

  @Column({ type: 'date', nullable: true })
  until: string | null;

  @Column({ type: 'int', nullable: true })
  count: number | null;

  @Column({ type: 'text', nullable: true })
  wkst: string | null;

  @Column({ type: 'enum', enum: SCHEDULE_FREQUENCIES, enumName: 'schedule_frequency', nullable: true })
  freq: ScheduleFrequency | null;

  @Column({ type: 'int', nullable: true })
  interval: number | null;

  /** Comma-separated RFC 5545 days, e.g. `MO,TU,WE,TH,FR`. */
  @Column({ type: 'text', nullable: true })
  byday: string | null;

  @Column({ type: 'text', nullable: true })
  byweekno: string | null;

  @Column({ type: 'text', nullable: true })
  bymonthday: string | null;

  @Column({ type: 'text', nullable: true })
  byyearday: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** `HH:MM:SS`, Europe/Brussels wall-clock time. */
  @Column({ type: 'time', nullable: true })
  opensAt: string | null;

  /** `HH:MM:SS`, Europe/Brussels wall-clock time. */
  @Column({ type: 'time', nullable: true })
  closesAt: string | null;

  @Column({ type: 'text', nullable: true })
  scheduleLink: string | null;

  @Column({ type: 'text', nullable: true })
  attendingType: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
