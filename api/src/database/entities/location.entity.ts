import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TrackedEntity } from './columns.js';
import type { Organization } from './organization.entity.js';
import type { Address } from './address.entity.js';
import type { District } from './district.entity.js';
import type { Wijk } from './wijk.entity.js';
import type { ServiceAtLocation } from './service-at-location.entity.js';
import type { Phone } from './phone.entity.js';
import type { Schedule } from './schedule.entity.js';
import type { Language } from './language.entity.js';

export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

/**
 * Where a location lies relative to the city, derived from its coordinates on save:
 * `inside` (district and wijk known), `water` (inside the city on the Scheldt, no wijk),
 * `outside` (outside Antwerp), `unknown` (no coordinates).
 */
export const PLACE_STATUSES = ['inside', 'water', 'outside', 'unknown'] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];

/** HSDS `location`, plus the derived Antwerp district and wijk. */
@Entity()
export class Location extends TrackedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: LOCATION_TYPES, enumName: 'location_type', default: 'physical' })
  locationType: LocationType;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne('Organization', (organization: Organization) => organization.locations, { onDelete: 'CASCADE', nullable: true })
  organization: Relation<Organization> | null;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  alternateName: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  transportation: string | null;

  /** WGS84 degrees. */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  /** WGS84 degrees. */
  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text', nullable: true })
  externalIdentifier: string | null;

  @Column({ type: 'text', nullable: true })
  externalIdentifierType: string | null;

  @Index()
  @Column({ type: 'text', nullable: true })
  districtId: string | null;

  @ManyToOne('District', { nullable: true, onDelete: 'RESTRICT' })
  district: Relation<District> | null;

  @Index()
  @Column({ type: 'text', nullable: true })
  wijkId: string | null;

  @ManyToOne('Wijk', { nullable: true, onDelete: 'RESTRICT' })
  wijk: Relation<Wijk> | null;

  @Column({ type: 'enum', enum: PLACE_STATUSES, enumName: 'place_status', default: 'unknown' })
  placeStatus: PlaceStatus;

  @OneToMany('Address', (address: Address) => address.location)
  addresses: Relation<Address[]>;

  @OneToMany('ServiceAtLocation', (sal: ServiceAtLocation) => sal.location)
  serviceAtLocations: Relation<ServiceAtLocation[]>;

  @OneToMany('Phone', (phone: Phone) => phone.location)
  phones: Relation<Phone[]>;

  @OneToMany('Schedule', (schedule: Schedule) => schedule.location)
  schedules: Relation<Schedule[]>;

  @OneToMany('Language', (language: Language) => language.location)
  languages: Relation<Language[]>;
}
