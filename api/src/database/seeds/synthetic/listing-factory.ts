// Builds the rows of synthetic organisations, one at a time, from a seeded random stream. The rows
// depend only on the seed and on how many services are asked for, never on the batch size, so the
// first 20,000 services of a 200,000 run are the 20,000 of a smaller run.
import type { PublicationState, ServiceStatus } from '../../entities/index.js';
import type { PlaceLocator } from '../../../modules/places/place-locator.js';
import {
  readAccessTerms,
  readLanguages,
  readLifeDomains,
  readTargetGroups,
  type ReferenceLanguageRow,
  type ReferenceTerm,
} from '../reference-files.js';
import { TAXONOMY, termId } from '../reference-seed.js';
import { CitySampler, type SampledPlace } from './city-sampler.js';
import { DOMAIN_SENTENCES } from './domain-sentences.js';
import { DOMAIN_WORDS, type Phrase, Random } from '@sociale-kaart/core/dev';
import {
  ORGANIZATION_KINDS,
  ORGANIZATION_NAMES,
  ORGANIZATION_SENTENCES,
  STREETS_BY_DISTRICT,
  TRANSPORTATION,
} from './listing-word-lists.js';
import { composeServiceText, slugify } from './service-text.js';
import { pickAccess, pickCost, pickHours, pickLanguages, pickLifeDomains, pickServiceAreas, pickTargetGroups } from './service-traits.js';
import { emptyBatch, type SyntheticBatch } from './synthetic-tables.js';

/** Verification dates lie in the three years before this fixed day, so a seed always gives the same data. */
export const VERIFIED_UNTIL = new Date('2026-06-30T00:00:00Z');
const THREE_YEARS_MS = 3 * 365.25 * 24 * 60 * 60 * 1000;
export const VERIFIED_BY = 'synthetic-generator';

interface Reference {
  lifeDomains: ReferenceTerm[];
  targetGroups: ReferenceTerm[];
  accessCodes: Set<string>;
  languages: ReferenceLanguageRow[];
}

interface DomainVocabulary {
  activities: Phrase[];
  sentences: Phrase[];
  targetGroups: string[];
}

interface OrganizationContext {
  id: string;
  name: string;
  shortName: string;
  slug: string;
  locations: { id: string; place: SampledPlace }[];
}

const AGE_LIMITS: Record<string, [number | null, number | null]> = { kinderen: [0, 12], jongeren: [12, 25], ouderen: [65, null] };

export class ListingFactory {
  /** Content and ids come from separate streams: changing how text is composed keeps the ids. */
  private readonly random: Random;
  private readonly ids: Random;
  private readonly vocabulary = new Map<string, DomainVocabulary>();
  private readonly termIds = new Map<string, string>();

  private constructor(
    seed: number,
    private readonly reference: Reference,
    private readonly sampler: CitySampler,
  ) {
    this.random = new Random(seed, 1);
    this.ids = new Random(seed, 2);
  }

  static async create(options: { seed: number; dataDir: string; locator: PlaceLocator }): Promise<ListingFactory> {
    const { dataDir } = options;
    const [lifeDomains, targetGroups, access, languages, sampler] = await Promise.all([
      readLifeDomains(dataDir),
      readTargetGroups(dataDir),
      readAccessTerms(dataDir),
      readLanguages(dataDir),
      CitySampler.load(dataDir, options.locator),
    ]);
    const reference = {
      lifeDomains: lifeDomains.terms,
      targetGroups: targetGroups.terms,
      accessCodes: new Set(access.terms.map((term) => term.code)),
      languages,
    };
    return new ListingFactory(options.seed, reference, sampler);
  }

  /**
   * Whole organisations until the batch holds `target` services; the last organisation of the run
   * gets fewer services when `remaining` runs out.
   */
  nextBatch(target: number, remaining: number): SyntheticBatch {
    const batch = emptyBatch();
    const goal = Math.min(target, remaining);
    while (batch.services.length < goal) {
      this.addOrganization(batch, Math.min(this.random.int(1, 7), remaining - batch.services.length));
    }
    return batch;
  }

  private addOrganization(batch: SyntheticBatch, serviceCount: number): void {
    const { random, ids } = this;
    const kind = random.pick(ORGANIZATION_KINDS);
    const shortName = random.pick(ORGANIZATION_NAMES);
    const home = this.sampler.anywhere(random);
    const name = `${kind} ${shortName}${random.chance(0.6) ? ` ${home.wijkName}` : ''}`;
    const slug = slugify(name);
    const year = random.int(1950, 2024);
    const fill = (text: string) => text.replace('{name}', name).replace('{district}', home.districtName).replace('{year}', String(year));
    const sentences = random.sample(ORGANIZATION_SENTENCES, 2);
    const organization: OrganizationContext = { id: ids.uuid(), name, shortName, slug, locations: [] };
    batch.organizations.push({
      id: organization.id,
      name,
      description: sentences.map((s) => fill(s.nl)).join(' '),
      email: `info@${slug}.example`,
      website: `https://${slug}.example`,
      legalStatus: random.weighted([
        ['vzw', 70],
        ['publiekrechtelijk', 15],
        ['feitelijke vereniging', 15],
      ] as const),
      yearIncorporated: year,
      translations: random.chance(0.2)
        ? {
            fr: { description: sentences.map((s) => fill(s.fr)).join(' ') },
            en: { description: sentences.map((s) => fill(s.en)).join(' ') },
          }
        : {},
      isDemo: true,
      publicationState: random.weighted<PublicationState>([
        ['published', 97],
        ['draft', 3],
      ]),
      lastVerifiedAt: this.verifiedAt(),
      lastVerifiedBy: VERIFIED_BY,
    });
    batch.phones.push({ id: ids.uuid(), organizationId: organization.id, serviceId: null, number: this.landline(), type: 'voice' });

    const places = [home];
    if (random.chance(0.2))
      places.push(random.chance(0.6) ? this.sampler.inDistrict(random, home.districtId) : this.sampler.anywhere(random));
    places.forEach((place, index) => this.addLocation(batch, organization, place, index));
    for (let i = 0; i < serviceCount; i++) this.addService(batch, organization);
  }

  private addLocation(batch: SyntheticBatch, organization: OrganizationContext, place: SampledPlace, index: number): void {
    const { random, ids } = this;
    const id = ids.uuid();
    organization.locations.push({ id, place });
    const transportation = random.chance(0.6)
      ? random
          .pick(TRANSPORTATION)
          .replace('{n}', String(random.int(1, 24)))
          .replace('{m}', String(random.int(10, 99)))
      : null;
    batch.locations.push({
      id,
      organizationId: organization.id,
      locationType: 'physical',
      name: index === 0 ? organization.name : `${organization.name} (${place.wijkName})`,
      transportation,
      latitude: place.latitude,
      longitude: place.longitude,
      districtId: place.districtId,
      wijkId: place.wijkId,
      placeStatus: place.placeStatus,
    });
    const streets = STREETS_BY_DISTRICT[place.districtId] ?? STREETS_BY_DISTRICT.antwerpen;
    batch.addresses.push({
      id: ids.uuid(),
      locationId: id,
      address1: `${random.pick(streets)} ${random.int(1, 250)}`,
      city: place.districtName,
      stateProvince: 'Antwerpen',
      postalCode: place.postalCode,
      country: 'BE',
      addressType: 'physical',
    });
  }

  private addService(batch: SyntheticBatch, organization: OrganizationContext): void {
    const { random, ids, reference } = this;
    const serviceId = ids.uuid();
    const domains = pickLifeDomains(random, reference.lifeDomains);
    const words = this.vocabularyOf(domains[0]);
    const hours = pickHours(random, domains[0].code);
    const targetGroups = pickTargetGroups(random, reference.targetGroups, words.targetGroups);
    const access = pickAccess(random, reference.accessCodes, hours.kind === 'around-the-clock' || hours.kind === 'overnight');
    const languages = pickLanguages(random, reference.languages);
    const cost = pickCost(random);
    const locations =
      organization.locations.length > 1 && random.chance(0.3) ? organization.locations : [random.pick(organization.locations)];
    const place = locations[0].place;
    const text = composeServiceText(random, {
      organizationName: organization.name,
      organizationShortName: organization.shortName,
      wijkName: place.wijkName,
      activity: random.pick(words.activities),
      otherActivity: domains[1] ? random.pick(this.vocabularyOf(domains[1]).activities) : null,
      sentences: random.sample(words.sentences, random.int(1, 2)),
      targetGroups,
      access,
      languages,
      cost,
    });
    const status = random.weighted<ServiceStatus>([
      ['active', 96],
      ['temporarily closed', 3],
      ['inactive', 1],
    ]);
    const [minimumAge, maximumAge] = (targetGroups.length === 1 && AGE_LIMITS[targetGroups[0].code]) || [null, null];
    const activitySlug = slugify(text.name).slice(0, 40);
    batch.services.push({
      id: serviceId,
      organizationId: organization.id,
      name: text.name,
      description: text.description,
      url: random.chance(0.4) ? `https://${organization.slug}.example/${activitySlug}` : null,
      email: random.chance(0.5) ? `${activitySlug}@${organization.slug}.example` : null,
      status,
      interpretationServices: text.interpretationServices,
      applicationProcess: text.applicationProcess,
      feesDescription: text.feesDescription,
      eligibilityDescription: text.eligibilityDescription,
      minimumAge,
      maximumAge,
      alert: status === 'temporarily closed' ? 'Tijdelijk gesloten wegens verbouwingen.' : null,
      translations: text.translations,
      publicationState: random.weighted<PublicationState>([
        ['published', 90],
        ['draft', 7],
        ['archived', 3],
      ]),
      lastVerifiedAt: this.verifiedAt(),
      lastVerifiedBy: VERIFIED_BY,
    });

    for (const location of locations) batch.serviceAtLocations.push({ id: ids.uuid(), serviceId, locationId: location.id });
    for (const rule of hours.rules)
      batch.schedules.push({ id: ids.uuid(), serviceId, freq: 'WEEKLY', interval: 1, ...rule, description: null });
    for (const language of languages) batch.languages.push({ id: ids.uuid(), serviceId, code: language.code, name: language.name.nl });
    const terms: [string, string][] = [
      ...domains.map((term) => [TAXONOMY.lifeDomain, term.code] as [string, string]),
      ...targetGroups.map((term) => [TAXONOMY.targetGroup, term.code] as [string, string]),
      ...access.map((code) => [TAXONOMY.access, code] as [string, string]),
    ];
    for (const [taxonomy, code] of terms)
      batch.attributes.push({ id: ids.uuid(), serviceId, taxonomyTermId: this.termIdOf(taxonomy, code) });
    for (const option of cost.options) {
      batch.costOptions.push({
        id: ids.uuid(),
        serviceId,
        option: option.option,
        currency: 'EUR',
        amount: option.amount,
        amountDescription: option.description,
      });
    }
    for (const area of pickServiceAreas(random, place, this.sampler)) batch.serviceAreas.push({ id: ids.uuid(), serviceId, ...area });
    batch.phones.push({ id: ids.uuid(), organizationId: null, serviceId, number: this.landline(), type: 'voice' });
    if (random.chance(0.1)) batch.phones.push({ id: ids.uuid(), organizationId: null, serviceId, number: this.mobile(), type: 'text' });
  }

  /** A term's words, with its children's activities for a parent and its parent's words where a child has none. */
  private vocabularyOf(term: ReferenceTerm): DomainVocabulary {
    const cached = this.vocabulary.get(term.code);
    if (cached) return cached;
    const own = DOMAIN_WORDS[term.code];
    const parent = term.parent ? DOMAIN_WORDS[term.parent] : undefined;
    const children = this.reference.lifeDomains
      .filter((t) => t.parent === term.code)
      .flatMap((t) => DOMAIN_WORDS[t.code]?.activities ?? []);
    const activities = [...(own?.activities ?? []), ...children];
    const words: DomainVocabulary = {
      // A term added to the reference file after these word lists still gets a usable name.
      activities:
        activities.length > 0
          ? activities
          : [{ nl: term.name.nl.toLowerCase(), fr: term.name.fr ?? term.name.nl, en: term.name.en ?? term.name.nl }],
      // A child's own sentences fit it better than its parent's broader ones.
      sentences: DOMAIN_SENTENCES[term.code] ?? (term.parent ? DOMAIN_SENTENCES[term.parent] : undefined) ?? [],
      targetGroups: own?.targetGroups ?? parent?.targetGroups ?? ['iedereen'],
    };
    this.vocabulary.set(term.code, words);
    return words;
  }

  // UUID v5 hashing is the slow part of termId; a run uses only a few dozen distinct terms.
  private termIdOf(taxonomy: string, code: string): string {
    const key = `${taxonomy}:${code}`;
    let id = this.termIds.get(key);
    if (!id) this.termIds.set(key, (id = termId(taxonomy, code)));
    return id;
  }

  /** Recent verifications are more common than old ones, as in a maintained map. */
  private verifiedAt(): Date {
    const minutesAgo = Math.floor((this.random.next() ** 1.3 * THREE_YEARS_MS) / 60_000);
    return new Date(VERIFIED_UNTIL.getTime() - minutesAgo * 60_000);
  }

  private landline(): string {
    const two = () => String(this.random.int(0, 99)).padStart(2, '0');
    return `03 ${this.random.int(200, 899)} ${two()} ${two()}`;
  }

  private mobile(): string {
    const two = () => String(this.random.int(0, 99)).padStart(2, '0');
    return `04${this.random.int(60, 99)} ${two()} ${two()} ${two()}`;
  }
}
