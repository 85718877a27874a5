import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ListingEntity, type Translations } from './columns.js';
import type { Service } from './service.entity.js';
import type { Location } from './location.entity.js';
import type { Phone } from './phone.entity.js';
import type { Contact } from './contact.entity.js';
import type { Attribute } from './attribute.entity.js';

export type OrganizationText = 'name' | 'alternateName' | 'description';

/** HSDS `organization`. */
@Entity()
export class Organization extends ListingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  alternateName: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  taxStatus: string | null;

  /** Belgian enterprise number (KBO/BCE), e.g. `0212.345.678`. */
  @Column({ type: 'text', nullable: true })
  taxId: string | null;

  @Column({ type: 'int', nullable: true })
  yearIncorporated: number | null;

  @Column({ type: 'text', nullable: true })
  legalStatus: string | null;

  @Column({ type: 'text', nullable: true })
  logo: string | null;

  @Column({ type: 'text', nullable: true })
  uri: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentOrganizationId: string | null;

  @ManyToOne('Organization', { nullable: true, onDelete: 'SET NULL' })
  parentOrganization: Relation<Organization> | null;

  @Column({ type: 'jsonb', default: {} })
  translations: Translations<OrganizationText>;

  /**
   * A public-sector body (city, OCMW, Flemish government): closed on public-sector days such as
   * 11 July and 2 November, not only on legal holidays.
   */
  @Column({ type: 'boolean', default: false })
  isPublicSector: boolean;

  /** Demo listings are fictional; every screen that shows them says so. */
  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  /** Trusted organisations' editors publish directly; other editors' changes wait for a moderator. */
  @Column({ type: 'boolean', default: false })
  isTrusted: boolean;

  @OneToMany('Service', (service: Service) => service.organization)
  services: Relation<Service[]>;

  @OneToMany('Location', (location: Location) => location.organization)
  locations: Relation<Location[]>;

  @OneToMany('Phone', (phone: Phone) => phone.organization)
  phones: Relation<Phone[]>;

  @OneToMany('Contact', (contact: Contact) => contact.organization)
  contacts: Relation<Contact[]>;

  @OneToMany('Attribute', (attribute: Attribute) => attribute.organization)
  attributes: Relation<Attribute[]>;
}
