// Every translation has the shape of the Dutch source: the same files and keys, the plural forms
// its language needs (Intl.PluralRules, as i18next uses them), the same {{placeholders}} and links,
// and no value left in Dutch by mistake.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const LANGUAGES = ['en', 'fr', 'ar', 'tr', 'pl'] as const;
const LOCALES = new URL('../locales/', import.meta.url);
const NAMESPACES = readdirSync(new URL('nl/', LOCALES))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length));

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Values that may be the same as the Dutch ones, and in which languages. Anything else equal to
 * Dutch is taken for an untranslated string.
 */
const SAME_AS_DUTCH: Record<string, { languages: readonly string[] | 'all'; why: string }> = {
  'Sociale Kaart Antwerpen': { languages: 'all', why: 'the name of the app' },
  'LGBTQIA+': { languages: 'all', why: 'international acronym' },
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>': {
    languages: 'all',
    why: 'OpenStreetMap’s own attribution wording, as on the About page',
  },
  'Wijken: © gemeentebesturen, verzameld door Data &amp; Analyse van de Vlaamse provincies (Modellicentie Gratis Hergebruik v1.0)': {
    languages: 'all',
    why: 'legal attribution of the neighbourhood data, kept in Dutch',
  },
  demo: { languages: ['en', 'tr', 'pl'], why: 'the same word in these languages' },
  District: { languages: ['en', 'fr'], why: 'Antwerp’s districts, the same word' },
  Filters: { languages: ['en'], why: 'the same word' },
  'Filters ({{n}})': { languages: ['en'], why: 'the same word' },
  Website: { languages: ['en'], why: 'the same word' },
  Privacy: { languages: ['en'], why: 'the same word' },
  Status: { languages: ['en'], why: 'the same word' },
  Adres: { languages: ['tr', 'pl'], why: 'the same word' },
  'E-mail': { languages: ['fr', 'pl'], why: 'the usual word in these languages' },
};

type Strings = Map<string, unknown>;

function readJson(path: URL): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Nested namespaces as dotted keys → values; a non-object root is reported by the caller. */
function flatten(value: unknown, prefix = '', out: Strings = new Map()): Strings {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const placeholders = (text: string) => [...new Set(text.match(/\{\{[^}]*\}\}/g) ?? [])].sort();
/** Tag names and link targets: attributions must keep their links; only a title may be translated. */
const markup = (text: string) => [...(text.match(/<\/?[a-z]+|href="[^"]*"/gi) ?? [])].sort();
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The Dutch keys, with the plural ones (`x_one` + `x_other`) grouped under their base `x`. */
function dutchEntries(dutch: Strings): { key: string; plural: boolean }[] {
  const entries: { key: string; plural: boolean }[] = [];
  const seen = new Set<string>();
  for (const key of dutch.keys()) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const plural = base !== key && dutch.has(`${base}_other`);
    const entry = plural ? base : key;
    if (!seen.has(entry)) entries.push({ key: entry, plural });
    seen.add(entry);
  }
  return entries;
}

function problemsFor(language: string, namespace: string): string[] {
  const file = new URL(`${language}/${namespace}.json`, LOCALES);
  if (!existsSync(file)) return [`${language}/${namespace}.json is missing`];
  let parsed: unknown;
  try {
    parsed = readJson(file);
  } catch (error) {
    return [`${language}/${namespace}.json is not valid JSON: ${(error as Error).message}`];
  }
  const dutch = flatten(readJson(new URL(`nl/${namespace}.json`, LOCALES)));
  const translated = flatten(parsed);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const problems: string[] = [];
  const expected = new Set<string>();

  const check = (key: string, dutchKey: string, placeholdersOf: string, mayOmitCount: boolean): void => {
    expected.add(key);
    const value = translated.get(key);
    const source = dutch.get(dutchKey) as string;
    if (!translated.has(key)) {
      problems.push(`${key}: missing`);
      return;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${key}: not a non-empty string (${JSON.stringify(value)})`);
      return;
    }
    const want = placeholders(dutch.get(placeholdersOf) as string);
    const have = placeholders(value);
    // Arabic writes 0, 1 and 2 as words ("خدمتان", two services): those forms may leave out {{count}}.
    const wantHere = mayOmitCount && !have.includes('{{count}}') ? want.filter((p) => p !== '{{count}}') : want;
    if (!same(have, wantHere)) problems.push(`${key}: placeholders ${have.join(' ') || '(none)'}, Dutch has ${want.join(' ') || '(none)'}`);
    if (!same(markup(value), markup(source)))
      problems.push(`${key}: markup ${markup(value).join(' ')}, Dutch has ${markup(source).join(' ')}`);
    const allowed = SAME_AS_DUTCH[source];
    if (value === source && !(allowed && (allowed.languages === 'all' || allowed.languages.includes(language)))) {
      problems.push(`${key}: still the Dutch text ${JSON.stringify(source)}`);
    }
  };

  for (const { key, plural } of dutchEntries(dutch)) {
    if (!plural) {
      check(key, key, key, false);
      continue;
    }
    for (const category of categories) {
      const dutchKey = dutch.has(`${key}_${category}`) ? `${key}_${category}` : `${key}_other`;
      check(`${key}_${category}`, dutchKey, `${key}_other`, ['zero', 'one', 'two'].includes(category));
    }
  }
  for (const key of translated.keys()) {
    if (!expected.has(key)) {
      const base = key.replace(PLURAL_SUFFIX, '');
      problems.push(
        base !== key && dutch.has(`${base}_other`)
          ? `${key}: plural form ${language} does not use (it has ${categories.join(', ')})`
          : `${key}: not in Dutch`,
      );
    }
  }
  return problems.map((problem) => `${language}/${namespace}.json › ${problem}`);
}

describe('translations of the UI (locales/<lang>/<namespace>.json)', () => {
  it('finds the Dutch namespaces', () => {
    expect(NAMESPACES).toEqual(
      expect.arrayContaining(['common', 'search', 'service', 'referral', 'favourites', 'offline', 'map', 'taxonomy']),
    );
  });

  describe.each(LANGUAGES)('%s', (language) => {
    it.each(NAMESPACES)('%s has the keys, plural forms, placeholders and links of Dutch, translated', (namespace) => {
      expect(problemsFor(language, namespace)).toEqual([]);
    });

    it('has no namespace that Dutch lacks', () => {
      const extra = readdirSync(new URL(`${language}/`, LOCALES))
        .map((file) => file.replace(/\.json$/, ''))
        .filter((namespace) => !NAMESPACES.includes(namespace));
      expect(extra).toEqual([]);
    });
  });
});
