import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Organization } from './organization.entity.js';
import type { Service } from './service.entity.js';
import type { Location } from './location.entity.js';
import type { TaxonomyTerm } from './taxonomy-term.entity.js';

/**
 * HSDS `attribute`: links a taxonomy term to a service, organization or location. HSDS links by
 * `link_id` + `link_type`; we keep one real foreign key per kind, so that links cannot dangle.
 */
@Entity()
@Check('attribute_has_one_owner', 'num_nonnulls(service_id, organization_id, location_id) = 1')
@Index(['taxonomyTermId', 'serviceId'])
export class Attribute {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  serviceId: string | null;

  @ManyToOne('Service', (service: Service) => service.attributes, { onDelete: 'CASCADE', nullable: true })
  service: Relation<Service> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne('Organization', (organization: Organization) => organization.attributes, { onDelete: 'CASCADE', nullable: true })
  organization: Relation<Organization> | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  locationId: string | null;

  @ManyToOne('Location', { onDelete: 'CASCADE', nullable: true })
  location: Relation<Location> | null;

  @Column({ type: 'uuid' })
  taxonomyTermId: string;

  @ManyToOne('TaxonomyTerm', { onDelete: 'CASCADE' })
  taxonomyTerm: Relation<TaxonomyTerm>;

  @Column({ type: 'text', nullable: true })
  linkType: string | null;

  @Column({ type: 'text', nullable: true })
  value: string | null;

  @Column({ type: 'text', nullable: true })
  label: string | null;
}
