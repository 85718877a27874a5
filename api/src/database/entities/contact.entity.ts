import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Organization } from './organization.entity.js';
import type { Service } from './service.entity.js';
import type { Phone } from './phone.entity.js';

/** HSDS `contact`: a named person or desk at an organization or service. */
@Entity()
export class Contact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne('Organization', (organization: Organization) => organization.contacts, { onDelete: 'CASCADE', nullable: true })
  organization: Relation<Organization> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  serviceId: string | null;

  @ManyToOne('Service', (service: Service) => service.contacts, { onDelete: 'CASCADE', nullable: true })
  service: Relation<Service> | null;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  department: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @OneToMany('Phone', (phone: Phone) => phone.contact)
  phones: Relation<Phone[]>;
}
