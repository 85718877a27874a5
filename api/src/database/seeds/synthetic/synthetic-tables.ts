// The tables the synthetic generator fills, the entity properties it writes to each, and the row
// types that follow from them. Listed parents first: that is the order a batch is inserted in.
import type { EntityTarget } from 'typeorm';
import {
  Address,
  Attribute,
  CostOption,
  Language,
  Location,
  Organization,
  Phone,
  Schedule,
  Service,
  ServiceArea,
  ServiceAtLocation,
} from '../../entities/index.js';

export interface TableSpec<E, K extends keyof E & string> {
  entity: EntityTarget<E>;
  properties: readonly K[];
}

const table = <E, const K extends keyof E & string>(entity: EntityTarget<E>, properties: readonly K[]): TableSpec<E, K> => ({
  entity,
  properties,
});

export const SYNTHETIC_TABLES = {
  organizations: table(Organization, [
    'id',
    'name',
    'description',
    'email',
    'website',
    'legalStatus',
    'yearIncorporated',
    'translations',
    'isDemo',
    'publicationState',
    'lastVerifiedAt',
    'lastVerifiedBy',
  ]),
  locations: table(Location, [
    'id',
    'organizationId',
    'locationType',
    'name',
    'transportation',
    'latitude',
    'longitude',
    'districtId',
    'wijkId',
    'placeStatus',
  ]),
  addresses: table(Address, ['id', 'locationId', 'address1', 'city', 'stateProvince', 'postalCode', 'country', 'addressType']),
  services: table(Service, [
    'id',
    'organizationId',
    'name',
    'description',
    'url',
    'email',
    'status',
    'interpretationServices',
    'applicationProcess',
    'feesDescription',
    'eligibilityDescription',
    'minimumAge',
    'maximumAge',
    'alert',
    'translations',
    'publicationState',
    'lastVerifiedAt',
    'lastVerifiedBy',
  ]),
  serviceAtLocations: table(ServiceAtLocation, ['id', 'serviceId', 'locationId']),
  schedules: table(Schedule, ['id', 'serviceId', 'freq', 'interval', 'byday', 'opensAt', 'closesAt', 'description']),
  languages: table(Language, ['id', 'serviceId', 'code', 'name']),
  attributes: table(Attribute, ['id', 'serviceId', 'taxonomyTermId']),
  costOptions: table(CostOption, ['id', 'serviceId', 'option', 'currency', 'amount', 'amountDescription']),
  serviceAreas: table(ServiceArea, ['id', 'serviceId', 'name', 'uri', 'scope', 'code']),
  phones: table(Phone, ['id', 'organizationId', 'serviceId', 'number', 'type']),
};

type RowOf<Spec> = Spec extends TableSpec<infer E, infer K> ? Pick<E, K> : never;
export type SyntheticTable = keyof typeof SYNTHETIC_TABLES;

/** The rows of a group of whole organisations, with their services and everything below them. */
export type SyntheticBatch = { [Name in SyntheticTable]: RowOf<(typeof SYNTHETIC_TABLES)[Name]>[] };
export type SyntheticRow<Name extends SyntheticTable> = SyntheticBatch[Name][number];

export const emptyBatch = (): SyntheticBatch => ({
  organizations: [],
  locations: [],
  addresses: [],
  services: [],
  serviceAtLocations: [],
  schedules: [],
  languages: [],
  attributes: [],
  costOptions: [],
  serviceAreas: [],
  phones: [],
});
