import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Location } from './location.entity.js';

export const ADDRESS_TYPES = ['physical', 'postal', 'virtual'] as const;
export type AddressType = (typeof ADDRESS_TYPES)[number];

/** HSDS `address`. */
@Entity()
export class Address {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  locationId: string;

  @ManyToOne('Location', (location: Location) => location.addresses, { onDelete: 'CASCADE' })
  location: Relation<Location>;

  @Column({ type: 'text', nullable: true })
  attention: string | null;

  /** Street and number, e.g. `Lange Kievitstraat 111`. */
  @Column({ type: 'text', name: 'address_1' })
  address1: string;

  @Column({ type: 'text', name: 'address_2', nullable: true })
  address2: string | null;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text' })
  stateProvince: string;

  @Index()
  @Column({ type: 'text' })
  postalCode: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2, default: 'BE' })
  country: string;

  @Column({ type: 'enum', enum: ADDRESS_TYPES, enumName: 'address_type', default: 'physical' })
  addressType: AddressType;
}
