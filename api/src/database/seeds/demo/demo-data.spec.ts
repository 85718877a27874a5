import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../config/app-config.js';
import { PlaceLocator } from '../../../modules/places/place-locator.js';
import { SERVICE_TEXT_FIELDS } from '../../entities/index.js';
import { readAccessTerms, readDistrictFacts, readLanguages, readLifeDomains, readTargetGroups, readWijken } from '../reference-files.js';
import { TAXONOMY, termId } from '../reference-seed.js';
import { buildDemoData, DEMO_REFERENCE_DATE, type ScheduleRow } from './demo-data.js';
import { WEEKDAYS } from './demo-hours.js';

const dataDir = loadConfig({}).dataDir;
const wijken = await readWijken(dataDir);
const [lifeDomains, targetGroups, accessTerms, languages, districts] = await Promise.all([
  readLifeDomains(dataDir),
  readTargetGroups(dataDir),
  readAccessTerms(dataDir),
  readLanguages(dataDir),
  readDistrictFacts(dataDir),
]);
const locator = new PlaceLocator(wijken);
const data = buildDemoData(wijken);

/** Every reference term by its id. */
const terms = new Map(
  [
    { taxonomy: TAXONOMY.lifeDomain, reference: lifeDomains },
    { taxonomy: TAXONOMY.targetGroup, reference: targetGroups },
    { taxonomy: TAXONOMY.access, reference: accessTerms },
  ].flatMap(({ taxonomy, reference }) =>
    reference.terms.map((term) => [termId(taxonomy, term.code), { taxonomy, code: term.code }] as const),
  ),
);
const codesOf = (serviceId: string, taxonomy: string): string[] =>
  data.attributes.flatMap((a) => {
    const term = terms.get(a.taxonomyTermId);
    return a.serviceId === serviceId && term?.taxonomy === taxonomy ? [term.code] : [];
  });
const servicesWith = (taxonomy: string, code: string) => data.services.filter((s) => codesOf(s.id, taxonomy).includes(code));
const schedulesOf = (serviceId: string): ScheduleRow[] => data.schedules.filter((s) => s.serviceId === serviceId);
const days = (schedule: ScheduleRow) => schedule.byday!.split(',');

describe('buildDemoData', () => {
  it('has at least 60 organisations and 200 services, all marked as demo', () => {
    expect(data.organizations.length).toBeGreaterThanOrEqual(60);
    expect(data.services.length).toBeGreaterThanOrEqual(200);
    expect(data.organizations.every((o) => o.isDemo)).toBe(true);
    expect(new Set(data.organizations.map((o) => o.isPublicSector))).toEqual(new Set([true, false]));
  });

  it('only uses .example domains for e-mail and websites', () => {
    const addresses = [
      ...data.organizations.flatMap((o) => [o.email, o.website]),
      ...data.services.flatMap((s) => [s.email, s.url]),
      ...data.contacts.map((c) => c.email),
    ];
    for (const address of addresses.filter((a): a is string => a !== null)) {
      expect(address).toMatch(/^(https:\/\/www\.|[a-z]+@)[a-z0-9-]+\.example(\/[a-z0-9-]+)?$/);
    }
  });

  it('gives every row a unique id and only refers to rows that exist', () => {
    const all = Object.values(data).flat() as { id: string }[];
    expect(new Set(all.map((row) => row.id)).size).toBe(all.length);
    const organizations = new Set(data.organizations.map((o) => o.id));
    const services = new Set(data.services.map((s) => s.id));
    const locations = new Set(data.locations.map((l) => l.id));
    expect(data.organizations.every((o) => o.parentOrganizationId === null || organizations.has(o.parentOrganizationId))).toBe(true);
    expect([...data.services, ...data.locations].every((row) => organizations.has(row.organizationId!))).toBe(true);
    const serviceRows = [
      data.serviceAtLocations,
      data.schedules,
      data.languages,
      data.attributes,
      data.costOptions,
      data.requiredDocuments,
      data.serviceAreas,
    ];
    expect(serviceRows.flat().every((row) => services.has(row.serviceId!))).toBe(true);
    expect([...data.addresses, ...data.serviceAtLocations].every((row) => locations.has(row.locationId))).toBe(true);
  });

  it('covers every top-level life domain of the reference file', () => {
    const topLevel = lifeDomains.terms.filter((term) => term.parent === null);
    expect(topLevel).toHaveLength(15);
    const used = data.services.flatMap((s) => codesOf(s.id, TAXONOMY.lifeDomain));
    const uncovered = topLevel.filter((domain) => !used.some((code) => code === domain.code || code.startsWith(`${domain.code}/`)));
    expect(uncovered.map((domain) => domain.code)).toEqual([]);
    expect(data.services.some((s) => codesOf(s.id, TAXONOMY.lifeDomain).includes('inkomen/schuldhulp'))).toBe(true);
  });

  it('links only reference terms: 1–2 life domains, 1–3 target groups and an access term per service', () => {
    expect(data.attributes.every((a) => terms.has(a.taxonomyTermId))).toBe(true);
    for (const service of data.services) {
      expect(codesOf(service.id, TAXONOMY.lifeDomain).length).toBeGreaterThanOrEqual(1);
      expect(codesOf(service.id, TAXONOMY.lifeDomain).length).toBeLessThanOrEqual(2);
      expect(codesOf(service.id, TAXONOMY.targetGroup).length).toBeGreaterThanOrEqual(1);
      expect(codesOf(service.id, TAXONOMY.targetGroup).length).toBeLessThanOrEqual(3);
      expect(codesOf(service.id, TAXONOMY.access).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('places every location inside its intended wijk, in all 10 districts', () => {
    for (const location of data.locations) {
      expect(locator.locate(location.latitude, location.longitude)).toEqual({
        status: 'inside',
        districtId: location.districtId,
        wijkId: location.wijkId,
      });
    }
    const found = new Set(data.locations.map((l) => locator.locate(l.latitude, l.longitude).districtId));
    expect([...found].sort()).toEqual(districts.map((d) => d.id).sort());
  });

  it('gives every address a street and number and the postcode of its district', () => {
    for (const address of data.addresses) {
      const location = data.locations.find((l) => l.id === address.locationId)!;
      const district = districts.find((d) => d.id === location.districtId)!;
      expect(district.postcodes).toContain(address.postalCode);
      expect(address.address1).toMatch(/^\S.* \d+$/);
      expect(address).toMatchObject({ stateProvince: 'Antwerpen', country: 'BE', addressType: 'physical' });
    }
  });

  it('hosts several services at one address, and has services without a location', () => {
    const perLocation = new Map<string, number>();
    for (const link of data.serviceAtLocations) perLocation.set(link.locationId, (perLocation.get(link.locationId) ?? 0) + 1);
    expect(Math.max(...perLocation.values())).toBeGreaterThanOrEqual(4);
    const located = new Set(data.serviceAtLocations.map((link) => link.serviceId));
    expect(data.services.filter((s) => !located.has(s.id)).length).toBeGreaterThanOrEqual(2);
  });

  it('offers every service in Dutch and many in other languages, with reference codes only', () => {
    const known = new Set(languages.map((l) => l.code));
    expect(data.languages.every((l) => known.has(l.code))).toBe(true);
    for (const service of data.services) expect(data.languages.some((l) => l.serviceId === service.id && l.code === 'nl')).toBe(true);
    const offered = new Set(data.languages.map((l) => l.code));
    for (const code of ['ar', 'tr', 'pl', 'fr', 'en', 'uk', 'ru', 'ro', 'bg', 'so', 'ti', 'prs', 'es']) expect(offered).toContain(code);
    expect(offered.has('rif') || offered.has('zgh')).toBe(true);
  });

  it('has the special opening hours: split day, evening, Saturday, overnight, around the clock, seasonal', () => {
    expect(
      data.schedules.every((s) => s.freq === 'WEEKLY' && /^\d\d:\d\d:\d\d$/.test(s.opensAt!) && /^\d\d:\d\d:\d\d$/.test(s.closesAt!)),
    ).toBe(true);
    const isSplitDay = (serviceId: string) => {
      const periods = schedulesOf(serviceId);
      return WEEKDAYS.some((day) => periods.filter((p) => days(p).includes(day) && p.opensAt! < p.closesAt!).length >= 2);
    };
    expect(data.services.some((s) => isSplitDay(s.id))).toBe(true);
    expect(data.schedules.some((s) => s.opensAt! < s.closesAt! && s.closesAt! >= '20:00:00')).toBe(true);
    expect(data.schedules.some((s) => days(s).includes('SA'))).toBe(true);
    expect(data.schedules.some((s) => s.closesAt! < s.opensAt!)).toBe(true);
    expect(data.schedules.some((s) => s.closesAt! < s.opensAt! && s.opensAt === '21:00:00' && s.closesAt === '08:00:00')).toBe(true);
    const aroundTheClock = data.schedules.filter(
      (s) => s.byday === WEEKDAYS.join(',') && s.opensAt === '00:00:00' && s.closesAt === '23:59:59',
    );
    expect(aroundTheClock.length).toBeGreaterThanOrEqual(1);
    expect(data.schedules.some((s) => s.validFrom !== null && s.validTo !== null && s.validFrom < s.validTo)).toBe(true);
    expect(servicesWith(TAXONOMY.access, 'open-op-feestdagen').length).toBeGreaterThanOrEqual(1);
  });

  it('has free, paid and unknown costs', () => {
    const costsOf = (serviceId: string) => data.costOptions.filter((c) => c.serviceId === serviceId);
    expect(data.costOptions.every((c) => c.currency === 'EUR' && typeof c.amount === 'number' && c.amount >= 0)).toBe(true);
    expect(data.services.some((s) => costsOf(s.id).length > 0 && costsOf(s.id).every((c) => c.amount === 0))).toBe(true);
    expect(data.costOptions.some((c) => c.amount! > 0 && c.amountDescription)).toBe(true);
    expect(data.services.some((s) => costsOf(s.id).length === 0)).toBe(true);
  });

  it('has service areas of all three scopes, with known ids', () => {
    const wijkIds = new Set(wijken.features.filter((f) => !f.properties.is_water).map((f) => f.properties.id));
    const districtIds = new Set(districts.map((d) => d.id));
    for (const area of data.serviceAreas) {
      if (area.scope === 'city') expect(area).toMatchObject({ uri: 'urn:antwerpen:stad', code: null });
      else if (area.scope === 'district')
        expect(districtIds.has(area.code!) && area.uri === `urn:antwerpen:district:${area.code}`).toBe(true);
      else expect(area.scope === 'wijk' && wijkIds.has(area.code!) && area.uri === `urn:antwerpen:wijk:${area.code}`).toBe(true);
    }
    expect(new Set(data.serviceAreas.map((a) => a.scope))).toEqual(new Set(['city', 'district', 'wijk']));
    const withArea = new Set(data.serviceAreas.map((a) => a.serviceId));
    expect(data.services.some((s) => !withArea.has(s.id))).toBe(true);
  });

  it('has a few drafts, archived and temporarily closed services among the published ones', () => {
    const count = (state: string) => data.services.filter((s) => s.publicationState === state).length;
    expect(count('draft')).toBeGreaterThanOrEqual(2);
    expect(count('draft')).toBeLessThanOrEqual(3);
    expect(count('archived')).toBeGreaterThanOrEqual(1);
    expect(count('archived')).toBeLessThanOrEqual(2);
    expect(count('published')).toBe(data.services.length - count('draft') - count('archived'));
    expect(data.services.filter((s) => s.status === 'temporarily closed').length).toBeGreaterThanOrEqual(2);
  });

  it('was verified in the two years before the reference date, part of it longer than 180 days ago', () => {
    const reference = Date.parse(`${DEMO_REFERENCE_DATE}T23:59:59Z`);
    const daysAgo = [...data.organizations, ...data.services].map((row) => (reference - row.lastVerifiedAt!.getTime()) / 86_400_000);
    expect(daysAgo.every((days) => days >= 0 && days <= 731)).toBe(true);
    expect(daysAgo.filter((days) => days > 180).length).toBeGreaterThanOrEqual(20);
    expect(data.services.every((s) => s.lastVerifiedBy === 'demo-seed')).toBe(true);
  });

  it('translates a good share of the services into French, English, Arabic, Turkish and Polish', () => {
    for (const language of ['fr', 'en', 'ar', 'tr', 'pl'] as const) {
      expect(
        data.services.filter((s) => s.translations[language]?.name && s.translations[language]?.description).length,
      ).toBeGreaterThanOrEqual(30);
    }
    const fields = new Set<string>(SERVICE_TEXT_FIELDS);
    for (const service of data.services) {
      for (const texts of Object.values(service.translations))
        expect(Object.keys(texts ?? {}).every((field) => fields.has(field))).toBe(true);
      if (service.translations.ar) expect(service.translations.ar.description).toMatch(/[\u0600-\u06ff]{3}/);
    }
  });

  it('has Antwerp phone numbers, required documents and contacts', () => {
    expect(data.phones.every((p) => /^03 \d{3} \d{2} \d{2}$/.test(p.number))).toBe(true);
    expect(data.phones.some((p) => p.organizationId !== null)).toBe(true);
    expect(new Set(data.requiredDocuments.map((d) => d.serviceId)).size).toBeGreaterThanOrEqual(data.services.length / 3);
    expect(data.requiredDocuments.map((d) => d.document)).toEqual(
      expect.arrayContaining(['identiteitskaart of verblijfsdocument', 'huurcontract']),
    );
    expect(data.contacts.length).toBe(data.organizations.length);
  });

  it('is deterministic', () => {
    expect(buildDemoData(wijken)).toEqual(data);
  });
});
