// The facts a synthetic service is filtered on: life domains, target groups, access, languages,
// opening hours, cost and service area. The mix is what a benchmark needs: most filters match a
// sizeable share of services, a few (24/7, overnight, rare languages) match only a handful.
import type { AreaScope } from '../../entities/index.js';
import type { ReferenceLanguageRow, ReferenceTerm } from '../reference-files.js';
import type { CitySampler, SampledPlace } from './city-sampler.js';
import { PAID_OPTIONS } from './listing-word-lists.js';
import type { Random } from '@sociale-kaart/core/dev';

export interface WeeklyRule {
  byday: string;
  /** `HH:MM:SS`, Europe/Brussels; before `opensAt` means past midnight. */
  opensAt: string;
  closesAt: string;
}

export type HoursKind = 'office' | 'split' | 'evening' | 'saturday' | 'part-time' | 'around-the-clock' | 'overnight';

const WEEKDAYS = 'MO,TU,WE,TH,FR';
const ALL_DAYS = 'MO,TU,WE,TH,FR,SA,SU';
const rule = (byday: string, opensAt: string, closesAt: string): WeeklyRule => ({ byday, opensAt, closesAt });

const HOURS: readonly (readonly [{ kind: HoursKind; rules: WeeklyRule[] }, number])[] = [
  [{ kind: 'office', rules: [rule(WEEKDAYS, '09:00:00', '17:00:00')] }, 20],
  [{ kind: 'office', rules: [rule(WEEKDAYS, '08:30:00', '16:30:00')] }, 10],
  [{ kind: 'office', rules: [rule('MO,TU,TH,FR', '09:00:00', '16:00:00')] }, 8],
  [{ kind: 'split', rules: [rule(WEEKDAYS, '09:00:00', '12:00:00'), rule(WEEKDAYS, '13:00:00', '16:30:00')] }, 12],
  [{ kind: 'split', rules: [rule(WEEKDAYS, '09:00:00', '12:30:00'), rule('MO,TU,TH', '13:30:00', '17:00:00')] }, 8],
  [{ kind: 'evening', rules: [rule(WEEKDAYS, '09:00:00', '17:00:00'), rule('TU,TH', '18:00:00', '21:00:00')] }, 8],
  [{ kind: 'evening', rules: [rule('WE,FR', '19:00:00', '22:00:00')] }, 3],
  [{ kind: 'saturday', rules: [rule(WEEKDAYS, '10:00:00', '18:00:00'), rule('SA', '10:00:00', '13:00:00')] }, 8],
  [
    {
      kind: 'saturday',
      rules: [rule(WEEKDAYS, '09:00:00', '12:00:00'), rule('MO,WE,TH', '13:00:00', '20:00:00'), rule('SA', '09:30:00', '12:30:00')],
    },
    5,
  ],
  [{ kind: 'part-time', rules: [rule('MO,WE', '13:30:00', '16:30:00')] }, 6],
  [{ kind: 'part-time', rules: [rule('TU,TH', '09:00:00', '12:00:00'), rule('SA', '10:00:00', '12:00:00')] }, 5],
  [{ kind: 'around-the-clock', rules: [rule(ALL_DAYS, '00:00:00', '23:59:59')] }, 2],
  [{ kind: 'overnight', rules: [rule(ALL_DAYS, '21:00:00', '08:00:00')] }, 2],
  [{ kind: 'overnight', rules: [rule(ALL_DAYS, '22:00:00', '07:30:00')] }, 1],
];
const hoursOf = (kind: HoursKind) => HOURS.filter(([hours]) => hours.kind === kind);

/** Opening hours; shelters mostly open at night and crisis lines around the clock. */
export function pickHours(random: Random, domainCode: string): { kind: HoursKind; rules: WeeklyRule[] } {
  if (domainCode === 'wonen/nachtopvang' && random.chance(0.7)) return random.weighted(hoursOf('overnight'));
  if (domainCode === 'crisis' && random.chance(0.4)) return random.weighted(hoursOf('around-the-clock'));
  return random.weighted(HOURS);
}

/** One or two life domains, children more often than parents (both must be searchable). */
export function pickLifeDomains(random: Random, terms: readonly ReferenceTerm[]): ReferenceTerm[] {
  const parents = terms.filter((term) => term.parent === null);
  const pickOne = () => {
    const parent = random.pick(parents);
    const children = terms.filter((term) => term.parent === parent.code);
    return children.length > 0 && random.chance(0.7) ? random.pick(children) : parent;
  };
  const first = pickOne();
  if (!random.chance(0.35)) return [first];
  const second = pickOne();
  const related = (a: ReferenceTerm, b: ReferenceTerm) => a.code === b.code || a.parent === b.code || b.parent === a.code;
  return related(first, second) ? [first] : [first, second];
}

/** One to three target groups, mostly the ones this kind of help is meant for. */
export function pickTargetGroups(random: Random, terms: readonly ReferenceTerm[], hints: readonly string[]): ReferenceTerm[] {
  const count = random.weighted([
    [1, 50],
    [2, 35],
    [3, 15],
  ] as const);
  const hinted = terms.filter((term) => hints.includes(term.code));
  const chosen: ReferenceTerm[] = [];
  for (let attempt = 0; chosen.length < count && attempt < 10; attempt++) {
    const pool = hinted.length > 0 && random.chance(chosen.length === 0 ? 0.8 : 0.5) ? hinted : terms;
    const term = random.pick(pool);
    if (!chosen.includes(term)) chosen.push(term);
  }
  return chosen;
}

const ACCESS_WEIGHTS: readonly (readonly [string, number])[] = [
  ['zonder-afspraak', 3],
  ['op-afspraak', 3],
  ['doorverwijzing', 1.5],
  ['telefonisch', 2],
  ['online', 1.5],
  ['rolstoeltoegankelijk', 2],
  ['open-op-feestdagen', 0.3],
];
const EXCLUSIVE_ACCESS = ['zonder-afspraak', 'op-afspraak'];

/** Zero to three access codes; walk-in and by-appointment never together. */
export function pickAccess(random: Random, knownCodes: ReadonlySet<string>, isAlwaysOpen: boolean): string[] {
  let pool = ACCESS_WEIGHTS.filter(([code]) => knownCodes.has(code));
  const chosen: string[] = [];
  // Night shelters and crisis lines do not close for a holiday, and the filter should find them.
  if (isAlwaysOpen && knownCodes.has('open-op-feestdagen')) chosen.push('open-op-feestdagen');
  const count = random.weighted([
    [0, 20],
    [1, 35],
    [2, 30],
    [3, 15],
  ] as const);
  while (chosen.length < count && pool.length > 0) {
    const code = random.weighted(pool);
    if (!chosen.includes(code)) chosen.push(code);
    pool = pool.filter(([other]) => other !== code && !(EXCLUSIVE_ACCESS.includes(code) && EXCLUSIVE_ACCESS.includes(other)));
  }
  return chosen;
}

// How often a service is offered in each language besides Dutch, roughly following who lives in Antwerp.
const LANGUAGE_WEIGHTS: Record<string, number> = {
  fr: 20,
  en: 22,
  ar: 10,
  ary: 6,
  tr: 6,
  pl: 5,
  ro: 4,
  ru: 4,
  uk: 4,
  es: 4,
  bg: 3,
  rif: 3,
  de: 3,
  pt: 2,
  it: 2,
  so: 2,
  ti: 2,
  prs: 2,
  ps: 2,
  fa: 2,
  am: 1,
  ku: 1,
  zgh: 1,
  ka: 1,
  sq: 1,
  hi: 0.5,
  pa: 0.5,
  zh: 1,
  yi: 0.5,
  he: 0.5,
  vgt: 0.5,
};

/** Dutch always, plus up to three others. */
export function pickLanguages(random: Random, languages: readonly ReferenceLanguageRow[]): ReferenceLanguageRow[] {
  const dutch = languages.find((language) => language.code === 'nl');
  if (!dutch) throw new Error('reference/languages.json has no nl');
  const extra = random.weighted([
    [0, 35],
    [1, 30],
    [2, 20],
    [3, 15],
  ] as const);
  let pool = languages.filter((l) => l.code !== 'nl').map((l) => [l, LANGUAGE_WEIGHTS[l.code] ?? 1] as const);
  const chosen = [dutch];
  while (chosen.length <= extra && pool.length > 0) {
    const language = random.weighted(pool);
    chosen.push(language);
    pool = pool.filter(([other]) => other !== language);
  }
  return chosen;
}

export interface CostChoice {
  kind: 'free' | 'paid' | 'unknown';
  options: { option: string; amount: number; description: string | null }[];
}

/** Free (every option 0), paid, or unknown (no cost options at all). */
export function pickCost(random: Random): CostChoice {
  const kind = random.weighted([
    ['free', 55],
    ['paid', 25],
    ['unknown', 20],
  ] as const);
  if (kind === 'free') return { kind, options: [{ option: 'Gratis', amount: 0, description: null }] };
  if (kind === 'unknown') return { kind, options: [] };
  return { kind, options: random.sample(PAID_OPTIONS, random.int(1, 2)) };
}

export interface AreaChoice {
  scope: AreaScope;
  code: string | null;
  uri: string;
  name: string;
}

/** Whom the service serves, usually around where it is; no areas at all means the whole city. */
export function pickServiceAreas(random: Random, place: SampledPlace, sampler: CitySampler): AreaChoice[] {
  const scope = random.weighted([
    ['city', 40],
    ['district', 35],
    ['wijk', 15],
    ['none', 10],
  ] as const);
  if (scope === 'none') return [];
  if (scope === 'city') return [{ scope, code: null, uri: 'urn:antwerpen:stad', name: 'Stad Antwerpen' }];
  if (scope === 'district') {
    const ids = [place.districtId];
    if (random.chance(0.25)) ids.push(random.pick(sampler.districtIds.filter((id) => id !== place.districtId)));
    return ids.map((id) => ({ scope, code: id, uri: `urn:antwerpen:district:${id}`, name: sampler.districtName(id) }));
  }
  const neighbours = sampler.wijkenOf(place.districtId).filter((wijk) => wijk.id !== place.wijkId);
  const wijken = [{ id: place.wijkId, name: place.wijkName }, ...random.sample(neighbours, random.int(0, 2))];
  return wijken.map((wijk) => ({ scope, code: wijk.id, uri: `urn:antwerpen:wijk:${wijk.id}`, name: wijk.name }));
}
