// The fixed, seeded query mix of the search benchmark: what social workers type and tick.
import { DOMAIN_WORDS } from './domain-word-lists.js';
import type { Random } from './random.js';

export interface MixVocabulary {
  lifeDomains: string[];
  targetGroups: string[];
  languages: string[];
  districts: string[];
  wijken: string[];
}

const SYNONYM_QUERIES = ['ocmw', 'dokter', 'schulden', 'cgg', 'caw', 'huisarts', 'voedselbank', 'debt', 'logement', 'job'];
const COMMON_LANGUAGES = ['ar', 'tr', 'fr', 'en', 'pl', 'ru', 'uk', 'ro', 'bg', 'es', 'so', 'ti', 'rif'];

/** Words of at least 5 letters from the synthetic listings' vocabulary. */
function words(): string[] {
  const all = Object.values(DOMAIN_WORDS).flatMap((d) => d.activities.flatMap((a) => a.nl.toLowerCase().split(/[^\p{L}]+/u)));
  return [...new Set(all.filter((w) => w.length >= 5))].sort();
}

/** One typo: a letter dropped, doubled or replaced, never the first. */
function withTypo(random: Random, word: string): string {
  const at = random.int(1, word.length - 1);
  switch (random.int(0, 2)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    default:
      return word.slice(0, at) + random.pick([...'aeioulnrst']) + word.slice(at + 1);
  }
}

export interface MixQuery {
  kind: string;
  query: string;
}

export function buildQueryMix(random: Random, count: number, vocabulary: MixVocabulary): MixQuery[] {
  const vocab = words();
  const point = () => `near=${(51.19 + random.next() * 0.06).toFixed(4)},${(4.37 + random.next() * 0.08).toFixed(4)}`;
  const moment = () => {
    const day = random.int(23, 29);
    const hour = String(random.int(0, 23)).padStart(2, '0');
    return `openAt=${encodeURIComponent(`2026-11-${day}T${hour}:${random.pick(['00', '15', '30', '45'])}:00+01:00`)}`;
  };
  const filters = [
    () => `lifeDomain=${encodeURIComponent(random.pick(vocabulary.lifeDomains))}`,
    () => `targetGroup=${random.pick(vocabulary.targetGroups)}`,
    () => `language=${random.pick(COMMON_LANGUAGES.filter((l) => vocabulary.languages.includes(l)))}`,
    () => `district=${random.pick(vocabulary.districts)}`,
    () => `wijk=${random.pick(vocabulary.wijken)}`,
    () => `locatedIn=${random.pick([...vocabulary.districts, ...vocabulary.wijken])}`,
    () => 'free=true',
    () => 'walkIn=true',
    () => 'wheelchair=true',
  ];
  const filter = () => random.pick(filters)();
  /** Two different filters: the same one twice would be a repeated parameter. */
  const twoFilters = () =>
    random
      .sample(filters, 2)
      .map((make) => make())
      .join('&');
  const kinds: [string, () => string, number][] = [
    ['prefix (3 letters)', () => `q=${random.pick(vocab).slice(0, 3)}`, 15],
    ['whole word', () => `q=${encodeURIComponent(random.pick(vocab))}`, 15],
    ['typo', () => `q=${encodeURIComponent(withTypo(random, random.pick(vocab)))}`, 10],
    ['synonym', () => `q=${random.pick(SYNONYM_QUERIES)}`, 5],
    ['one filter', filter, 20],
    ['near + radius', () => `${point()}&radius=${random.pick([500, 1000, 2000])}&sort=distance`, 10],
    ['openAt', moment, 10],
    ['text + 2 filters', () => `q=${encodeURIComponent(random.pick(vocab).slice(0, random.int(3, 8)))}&${twoFilters()}`, 8],
    ['filter + geo + openAt', () => `${filter()}&${point()}&radius=3000&${moment()}`, 7],
  ];
  const weighted = kinds.map(([kind, make, weight]) => [{ kind, make }, weight] as const);
  return Array.from({ length: count }, () => {
    const { kind, make } = random.weighted(weighted);
    return { kind, query: make() };
  });
}
