import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Organization } from './organization.entity.js';
import type { Service } from './service.entity.js';
import type { Location } from './location.entity.js';
import type { Contact } from './contact.entity.js';
import type { ServiceAtLocation } from './service-at-location.entity.js';

/** HSDS `phone`; belongs to exactly one of organization, service, location, contact or service at location. */
@Entity()
@Check('phone_has_one_owner', 'num_nonnulls(organization_id, service_id, location_id, contact_id, service_at_location_id) = 1')
export class Phone {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne('Organization', (organization: Organization) => organization.phones, { onDelete: 'CASCADE', nullable: true })
  organization: Relation<Organization> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  serviceId: string | null;

  @ManyToOne('Service', (service: Service) => service.phones, { onDelete: 'CASCADE', nullable: true })
  service: Relation<Service> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  locationId: string | null;

  @ManyToOne('Location', (location: Location) => location.phones, { onDelete: 'CASCADE', nullable: true })
  location: Relation<Location> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @ManyToOne('Contact', (contact: Contact) => contact.phones, { onDelete: 'CASCADE', nullable: true })
  contact: Relation<Contact> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  serviceAtLocationId: string | null;

  @ManyToOne('ServiceAtLocation', (sal: ServiceAtLocation) => sal.phones, { onDelete: 'CASCADE', nullable: true })
  serviceAtLocation: Relation<ServiceAtLocation> | null;

  /** As dialled in Belgium, e.g. `03 338 40 00`, or international `+32 3 338 40 00`. */
  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'int', nullable: true })
  extension: number | null;

  /** HSDS phone type: text, voice, fax, cell, video, pager, textphone. */
  @Column({ type: 'text', nullable: true })
  type: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
