// Builds the demo listings as plain entity rows from the content in `data/`. Pure and
// deterministic: ids are name-based (UUID v5), coordinates and verification dates come from
// generators seeded by each record's key, and "today" is a fixed date.
import type {
  Address,
  Attribute,
  Contact,
  CostOption,
  Language,
  Location,
  Organization,
  Phone,
  RequiredDocument,
  Schedule,
  Service,
  ServiceArea,
  ServiceAtLocation,
} from '../../entities/index.js';
import type { WijkFeatures } from '../reference-files.js';
import { TAXONOMY, termId } from '../reference-seed.js';
import { stableId } from '../stable-id.js';
import { DEMO_ORGANIZATIONS } from './data/index.js';
import { parseHours } from './demo-hours.js';
import { postalPlace } from './demo-places.js';
import type { LocationSeed, OrganizationSeed, ServiceSeed } from './demo-types.js';
import { hashString, randomFor } from './seeded-random.js';
import { WijkPoints } from './wijk-points.js';

/** The demo data's "today": verification dates lie in the two years before it. */
export const DEMO_REFERENCE_DATE = '2026-11-01';
export const DEMO_VERIFIER = 'demo-seed';

export type OrganizationRow = Pick<
  Organization,
  | 'id'
  | 'name'
  | 'alternateName'
  | 'description'
  | 'email'
  | 'website'
  | 'legalStatus'
  | 'yearIncorporated'
  | 'parentOrganizationId'
  | 'translations'
  | 'isPublicSector'
  | 'isDemo'
  | 'publicationState'
  | 'lastVerifiedAt'
  | 'lastVerifiedBy'
>;
export type LocationRow = Pick<
  Location,
  'id' | 'locationType' | 'organizationId' | 'name' | 'transportation' | 'latitude' | 'longitude' | 'districtId' | 'wijkId' | 'placeStatus'
>;
export type AddressRow = Pick<
  Address,
  'id' | 'locationId' | 'address1' | 'city' | 'stateProvince' | 'postalCode' | 'country' | 'addressType'
>;
export type ServiceRow = Pick<
  Service,
  | 'id'
  | 'organizationId'
  | 'name'
  | 'description'
  | 'url'
  | 'email'
  | 'status'
  | 'interpretationServices'
  | 'applicationProcess'
  | 'feesDescription'
  | 'waitTime'
  | 'eligibilityDescription'
  | 'minimumAge'
  | 'maximumAge'
  | 'alert'
  | 'translations'
  | 'publicationState'
  | 'lastVerifiedAt'
  | 'lastVerifiedBy'
>;
export type ServiceAtLocationRow = Pick<ServiceAtLocation, 'id' | 'serviceId' | 'locationId'>;
export type PhoneRow = Pick<Phone, 'id' | 'organizationId' | 'serviceId' | 'number' | 'type' | 'description'>;
export type ScheduleRow = Pick<
  Schedule,
  'id' | 'serviceId' | 'freq' | 'byday' | 'opensAt' | 'closesAt' | 'validFrom' | 'validTo' | 'description'
>;
export type LanguageRow = Pick<Language, 'id' | 'serviceId' | 'code'>;
export type AttributeRow = Pick<Attribute, 'id' | 'serviceId' | 'taxonomyTermId'>;
export type CostOptionRow = Pick<CostOption, 'id' | 'serviceId' | 'option' | 'currency' | 'amount' | 'amountDescription'>;
export type RequiredDocumentRow = Pick<RequiredDocument, 'id' | 'serviceId' | 'document'>;
export type ServiceAreaRow = Pick<ServiceArea, 'id' | 'serviceId' | 'name' | 'uri' | 'scope' | 'code'>;
export type ContactRow = Pick<Contact, 'id' | 'organizationId' | 'name' | 'department' | 'email'>;

/** Rows per table, in the order they can be written (parents before children). */
export interface DemoData {
  organizations: OrganizationRow[];
  locations: LocationRow[];
  addresses: AddressRow[];
  services: ServiceRow[];
  serviceAtLocations: ServiceAtLocationRow[];
  phones: PhoneRow[];
  schedules: ScheduleRow[];
  languages: LanguageRow[];
  attributes: AttributeRow[];
  costOptions: CostOptionRow[];
  requiredDocuments: RequiredDocumentRow[];
  serviceAreas: ServiceAreaRow[];
  contacts: ContactRow[];
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** `wijken` is `geo/antwerp-wijken.geojson`: every address gets coordinates inside its wijk. */
export function buildDemoData(wijken: WijkFeatures, organizations: OrganizationSeed[] = DEMO_ORGANIZATIONS): DemoData {
  const builder = new DemoDataBuilder(new WijkPoints(wijken));
  for (const organization of organizations) builder.addOrganization(organization);
  return builder.data;
}

class DemoDataBuilder {
  readonly data: DemoData = {
    organizations: [],
    locations: [],
    addresses: [],
    services: [],
    serviceAtLocations: [],
    phones: [],
    schedules: [],
    languages: [],
    attributes: [],
    costOptions: [],
    requiredDocuments: [],
    serviceAreas: [],
    contacts: [],
  };
  private readonly organizationKeys = new Set<string>();

  constructor(private readonly points: WijkPoints) {}

  addOrganization(seed: OrganizationSeed): void {
    if (this.organizationKeys.has(seed.key)) throw new Error(`Duplicate demo organisation key ${seed.key}`);
    if (seed.parent && !this.organizationKeys.has(seed.parent)) {
      throw new Error(`Demo organisation ${seed.key} names parent ${seed.parent}, which must come earlier`);
    }
    this.organizationKeys.add(seed.key);
    const id = organizationId(seed.key);
    this.data.organizations.push({
      id,
      name: seed.name,
      alternateName: seed.alternateName ?? null,
      description: seed.description,
      email: `info@${seed.domain}`,
      website: `https://www.${seed.domain}`,
      legalStatus: seed.legalStatus ?? null,
      yearIncorporated: seed.yearIncorporated ?? null,
      parentOrganizationId: seed.parent ? organizationId(seed.parent) : null,
      translations: seed.translations ?? {},
      isPublicSector: seed.isPublicSector ?? false,
      isDemo: true,
      publicationState: 'published',
      lastVerifiedAt: verifiedAt(`organization:${seed.key}`),
      lastVerifiedBy: DEMO_VERIFIER,
    });
    this.data.contacts.push({
      id: stableId('demo', 'contact', id),
      organizationId: id,
      name: 'Onthaalbalie',
      department: 'Onthaal',
      email: `onthaal@${seed.domain}`,
    });
    // An organisation with several services has a general number besides theirs.
    if (seed.services.length >= 3) this.addPhone({ organizationId: id, serviceId: null }, `organization:${seed.key}`, 'Algemeen nummer');

    const locationIds = new Map<string, string>();
    for (const location of seed.locations) {
      if (locationIds.has(location.key)) throw new Error(`Duplicate location ${location.key} in ${seed.key}`);
      locationIds.set(location.key, this.addLocation(seed, id, location));
    }
    const serviceKeys = new Set<string>();
    for (const service of seed.services) {
      if (serviceKeys.has(service.key)) throw new Error(`Duplicate service ${service.key} in ${seed.key}`);
      serviceKeys.add(service.key);
      this.addService(seed, id, service, locationIds);
    }
  }

  private addLocation(organization: OrganizationSeed, organizationId: string, seed: LocationSeed): string {
    const id = stableId('demo', 'location', organization.key, seed.key);
    const point = this.points.pointIn(seed.wijk, `${organization.key}/${seed.key}`, seed.near);
    const districtId = this.points.properties(seed.wijk).district_id;
    if (!districtId) throw new Error(`Wijk ${seed.wijk} of ${organization.key}/${seed.key} has no district`);
    const place = postalPlace(seed.wijk, districtId);
    this.data.locations.push({
      id,
      locationType: 'physical',
      organizationId,
      name: seed.name,
      transportation: seed.transportation ?? null,
      latitude: point.latitude,
      longitude: point.longitude,
      // The save subscriber derives these from the coordinates too; equal values keep a re-seed a no-op.
      districtId,
      wijkId: seed.wijk,
      placeStatus: 'inside',
    });
    this.data.addresses.push({
      id: stableId('demo', 'address', organization.key, seed.key),
      locationId: id,
      address1: seed.street,
      city: seed.city ?? place.city,
      stateProvince: 'Antwerpen',
      postalCode: place.postalCode,
      country: 'BE',
      addressType: 'physical',
    });
    return id;
  }

  private addService(organization: OrganizationSeed, organizationId: string, seed: ServiceSeed, locationIds: Map<string, string>): void {
    const id = stableId('demo', 'service', organization.key, seed.key);
    const label = `${organization.key}/${seed.key}`;
    this.data.services.push({
      id,
      organizationId,
      name: seed.name,
      description: seed.description,
      url: `https://www.${organization.domain}/${seed.key}`,
      email: seed.email ? `${seed.email}@${organization.domain}` : null,
      status: seed.status ?? 'active',
      interpretationServices: seed.interpretation ?? null,
      applicationProcess: seed.application,
      feesDescription: seed.fees ?? (seed.cost === 'free' ? 'Gratis.' : null),
      waitTime: seed.waitTime ?? null,
      eligibilityDescription: seed.eligibility ?? null,
      minimumAge: seed.minimumAge ?? null,
      maximumAge: seed.maximumAge ?? null,
      alert: seed.alert ?? null,
      translations: seed.translations ?? {},
      publicationState: seed.state ?? 'published',
      lastVerifiedAt: verifiedAt(`service:${label}`),
      lastVerifiedBy: DEMO_VERIFIER,
    });

    const at = seed.at ?? organization.locations.slice(0, 1).map((l) => l.key);
    for (const key of at) {
      const locationId = locationIds.get(key);
      if (!locationId) throw new Error(`Service ${label} is at unknown location ${key}`);
      this.data.serviceAtLocations.push({ id: stableId('demo', 'service_at_location', id, locationId), serviceId: id, locationId });
    }
    if (seed.hasPhone !== false) this.addPhone({ organizationId: null, serviceId: id }, `service:${label}`, null);

    (seed.hours ? parseHours(seed.hours) : []).forEach((period, index) => {
      this.data.schedules.push({
        id: stableId('demo', 'schedule', id, String(index)),
        serviceId: id,
        freq: 'WEEKLY',
        byday: period.byday,
        opensAt: period.opensAt,
        closesAt: period.closesAt,
        validFrom: seed.season?.from ?? null,
        validTo: seed.season?.to ?? null,
        description: seed.hoursNote ?? null,
      });
    });

    for (const code of new Set(['nl', ...(seed.languages ?? [])])) {
      this.data.languages.push({ id: stableId('demo', 'language', id, code), serviceId: id, code });
    }

    if (seed.domains.length < 1 || seed.domains.length > 2) throw new Error(`Service ${label} needs 1–2 life domains`);
    if (seed.groups.length < 1 || seed.groups.length > 3) throw new Error(`Service ${label} needs 1–3 target groups`);
    const terms = [
      ...seed.domains.map((code) => termId(TAXONOMY.lifeDomain, code)),
      ...seed.groups.map((code) => termId(TAXONOMY.targetGroup, code)),
      ...seed.access.map((code) => termId(TAXONOMY.access, code)),
    ];
    for (const taxonomyTermId of new Set(terms)) {
      this.data.attributes.push({ id: stableId('demo', 'attribute', id, taxonomyTermId), serviceId: id, taxonomyTermId });
    }

    const costs = seed.cost === 'free' ? [{ amount: 0, description: 'Gratis', option: undefined }] : (seed.cost ?? []);
    costs.forEach((cost, index) => {
      this.data.costOptions.push({
        id: stableId('demo', 'cost_option', id, String(index)),
        serviceId: id,
        option: cost.option ?? null,
        currency: 'EUR',
        amount: cost.amount,
        amountDescription: cost.description,
      });
    });

    (seed.documents ?? []).forEach((document, index) => {
      this.data.requiredDocuments.push({ id: stableId('demo', 'required_document', id, String(index)), serviceId: id, document });
    });

    for (const area of seed.areas ?? [])
      this.data.serviceAreas.push({ id: stableId('demo', 'service_area', id, area), serviceId: id, ...this.area(area, label) });
  }

  private area(area: string, label: string): Pick<ServiceArea, 'name' | 'uri' | 'scope' | 'code'> {
    if (area === 'stad') return { name: 'Antwerpen', uri: 'urn:antwerpen:stad', scope: 'city', code: null };
    const [scope, code] = area.split(':');
    if (scope === 'district') {
      const name = this.points.districtName(code);
      if (!name) throw new Error(`Service ${label} serves unknown district ${code}`);
      return { name, uri: `urn:antwerpen:district:${code}`, scope: 'district', code };
    }
    if (scope === 'wijk' && this.points.has(code)) {
      return { name: this.points.properties(code).name, uri: `urn:antwerpen:wijk:${code}`, scope: 'wijk', code };
    }
    throw new Error(`Service ${label} has an unknown service area ${area}`);
  }

  private addPhone(owner: Pick<PhoneRow, 'organizationId' | 'serviceId'>, key: string, description: string | null): void {
    const ownerId = owner.organizationId ?? owner.serviceId;
    if (!ownerId) throw new Error(`Phone ${key} has no owner`);
    this.data.phones.push({ id: stableId('demo', 'phone', ownerId), ...owner, number: demoPhoneNumber(key), type: 'voice', description });
  }
}

export const organizationId = (key: string) => stableId('demo', 'organization', key);

/**
 * An Antwerp number (`03`) whose subscriber part starts with 0: such numbers are not handed out,
 * so nobody is called by someone trying the demo.
 */
export function demoPhoneNumber(key: string): string {
  const digits = String(hashString(`phone:${key}`) % 1_000_000).padStart(6, '0');
  return `03 0${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
}

/** Most listings were checked in the last half year; about a third are older, up to two years. */
function verifiedAt(key: string): Date {
  const random = randomFor('demo-verified', key);
  const draw = random();
  const daysAgo = draw < 0.7 ? Math.floor((draw / 0.7) * 180) : 181 + Math.floor(((draw - 0.7) / 0.3) * 549);
  const officeMinutes = Math.floor(random() * 8 * 60);
  return new Date(Date.parse(`${DEMO_REFERENCE_DATE}T07:00:00Z`) - daysAgo * DAY_MS + officeMinutes * MINUTE_MS);
}
