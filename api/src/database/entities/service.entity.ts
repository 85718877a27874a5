import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ListingEntity, type Translations } from './columns.js';
import type { Organization } from './organization.entity.js';
import type { ServiceAtLocation } from './service-at-location.entity.js';
import type { Phone } from './phone.entity.js';
import type { Schedule } from './schedule.entity.js';
import type { ServiceArea } from './service-area.entity.js';
import type { Language } from './language.entity.js';
import type { CostOption } from './cost-option.entity.js';
import type { RequiredDocument } from './required-document.entity.js';
import type { Contact } from './contact.entity.js';
import type { Attribute } from './attribute.entity.js';

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** The human-readable text fields of a service that can be translated. */
export const SERVICE_TEXT_FIELDS = [
  'name',
  'alternateName',
  'description',
  'applicationProcess',
  'feesDescription',
  'eligibilityDescription',
  'interpretationServices',
  'waitTime',
  'alert',
] as const;
export type ServiceText = (typeof SERVICE_TEXT_FIELDS)[number];

/** HSDS `service`. `status` is HSDS's operational status; `publicationState` is ours. */
@Entity()
@Index(['publicationState', 'organizationId'])
export class Service extends ListingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne('Organization', (organization: Organization) => organization.services, { onDelete: 'CASCADE' })
  organization: Relation<Organization>;

  @Index()
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  alternateName: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'enum', enum: SERVICE_STATUSES, enumName: 'service_status', default: 'active' })
  status: ServiceStatus;

  @Column({ type: 'text', nullable: true })
  interpretationServices: string | null;

  @Column({ type: 'text', nullable: true })
  applicationProcess: string | null;

  @Column({ type: 'text', nullable: true })
  feesDescription: string | null;

  @Column({ type: 'text', nullable: true })
  waitTime: string | null;

  @Column({ type: 'text', nullable: true })
  accreditations: string | null;

  @Column({ type: 'text', nullable: true })
  eligibilityDescription: string | null;

  @Column({ type: 'int', nullable: true })
  minimumAge: number | null;

  @Column({ type: 'int', nullable: true })
  maximumAge: number | null;

  @Column({ type: 'date', nullable: true })
  assuredDate: string | null;

  @Column({ type: 'text', nullable: true })
  assurerEmail: string | null;

  @Column({ type: 'text', nullable: true })
  licenses: string | null;

  @Column({ type: 'text', nullable: true })
  alert: string | null;

  @Column({ type: 'jsonb', default: {} })
  translations: Translations<ServiceText>;

  @OneToMany('ServiceAtLocation', (sal: ServiceAtLocation) => sal.service)
  serviceAtLocations: Relation<ServiceAtLocation[]>;

  @OneToMany('Phone', (phone: Phone) => phone.service)
  phones: Relation<Phone[]>;

  @OneToMany('Schedule', (schedule: Schedule) => schedule.service)
  schedules: Relation<Schedule[]>;

  @OneToMany('ServiceArea', (area: ServiceArea) => area.service)
  serviceAreas: Relation<ServiceArea[]>;

  @OneToMany('Language', (language: Language) => language.service)
  languages: Relation<Language[]>;

  @OneToMany('CostOption', (cost: CostOption) => cost.service)
  costOptions: Relation<CostOption[]>;

  @OneToMany('RequiredDocument', (document: RequiredDocument) => document.service)
  requiredDocuments: Relation<RequiredDocument[]>;

  @OneToMany('Contact', (contact: Contact) => contact.service)
  contacts: Relation<Contact[]>;

  @OneToMany('Attribute', (attribute: Attribute) => attribute.service)
  attributes: Relation<Attribute[]>;
}
