// Composes the Dutch text of a synthetic service, and French and English translations for some,
// from the facts it is filtered on, so that what the text says agrees with the filters.
import type { Translations, ServiceText } from '../../entities/index.js';
import type { ReferenceLanguageRow, ReferenceTerm } from '../reference-files.js';
import type { Phrase, Random } from '@sociale-kaart/core/dev';
import { ACCESS_SENTENCES, APPLICATION_PROCESSES } from './listing-word-lists.js';
import type { CostChoice } from './service-traits.js';

type Lang = keyof Phrase;

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `Ouders en gezinnen` → `ouders en gezinnen`, but `LGBTQIA+` stays as it is. */
const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** A target group as it reads in a sentence: `Kinderen (0-12)` → `kinderen`. */
const groupLabel = (term: ReferenceTerm, lang: Lang) => lowerFirst((term.name[lang] ?? term.name.nl).replace(/\s*\([^)]*\)$/, ''));

const AND: Record<Lang, string> = { nl: 'en', fr: 'et', en: 'and' };
const list = (items: string[], lang: Lang) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items[items.length - 1]}`;

/** ASCII for e-mail addresses and URLs: `Taalcafé 't Pleintje` → `taalcafe-t-pleintje`. */
export const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const euro = (amount: number) => `€ ${amount.toFixed(2).replace('.', ',').replace(/,00$/, '')}`;

export interface ServiceFacts {
  organizationName: string;
  organizationShortName: string;
  wijkName: string;
  activity: Phrase;
  otherActivity: Phrase | null;
  sentences: Phrase[];
  targetGroups: ReferenceTerm[];
  access: string[];
  languages: ReferenceLanguageRow[];
  cost: CostChoice;
}

export interface ServiceTexts {
  name: string;
  description: string;
  eligibilityDescription: string;
  feesDescription: string | null;
  applicationProcess: string | null;
  interpretationServices: string | null;
  translations: Translations<ServiceText>;
}

type NamePattern = 'place' | 'organization' | 'group' | 'plain';

function composeName(facts: ServiceFacts, pattern: NamePattern, lang: Lang): string {
  const activity = capitalize(facts.activity[lang]);
  switch (pattern) {
    case 'place':
      return `${activity} ${facts.wijkName}`;
    case 'organization':
      return `${activity} ${facts.organizationShortName}`;
    case 'group':
      return `${activity} ${{ nl: 'voor', fr: 'pour', en: 'for' }[lang]} ${groupLabel(facts.targetGroups[0], lang)}`;
    case 'plain':
      return activity;
  }
}

function composeDescription(facts: ServiceFacts, lang: Lang): string {
  const groups = list(
    facts.targetGroups.map((term) => groupLabel(term, lang)),
    lang,
  );
  const others = facts.languages.filter((language) => language.code !== 'nl');
  const otherNames = others.map((language) => (lang === 'fr' ? language.native : (language.name[lang] ?? language.name.nl)));
  const opening = {
    nl: `${facts.organizationName} biedt ${facts.activity.nl} aan voor ${groups} in ${facts.wijkName}.`,
    fr: `${facts.organizationName} propose ${facts.activity.fr} pour ${groups} à ${facts.wijkName}.`,
    en: `${facts.organizationName} offers ${facts.activity.en} for ${groups} in ${facts.wijkName}.`,
  }[lang];
  const also =
    facts.otherActivity &&
    {
      nl: `Je kan er ook terecht voor ${facts.otherActivity.nl}.`,
      fr: `Vous pouvez aussi y venir pour ${facts.otherActivity.fr}.`,
      en: `You can also come here for ${facts.otherActivity.en}.`,
    }[lang];
  const spoken = others.length > 0 && { nl: 'We spreken ook', fr: 'Nous parlons aussi', en: 'We also speak' }[lang];
  return [
    opening,
    ...facts.sentences.map((sentence) => sentence[lang]),
    also,
    ...facts.access.slice(0, 2).map((code) => ACCESS_SENTENCES[code]?.[lang]),
    spoken && `${spoken} ${list(otherNames, lang)}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

function applicationProcess(random: Random, access: string[]): string | null {
  if (access.includes('doorverwijzing')) return APPLICATION_PROCESSES.referral;
  if (access.includes('zonder-afspraak')) return APPLICATION_PROCESSES.walkIn;
  if (access.includes('op-afspraak')) return APPLICATION_PROCESSES.appointment;
  return random.chance(0.5) ? null : random.pick([APPLICATION_PROCESSES.walkIn, APPLICATION_PROCESSES.appointment]);
}

function fees(cost: CostChoice): string | null {
  if (cost.kind === 'unknown') return null;
  if (cost.kind === 'free') return 'Gratis.';
  return cost.options.map((o) => `${euro(o.amount)} ${o.option.toLowerCase()}. ${o.description ?? ''}`.trim()).join(' ');
}

export function composeServiceText(random: Random, facts: ServiceFacts): ServiceTexts {
  const hasGroup = facts.targetGroups[0]?.code !== 'iedereen';
  const pattern = random.weighted<NamePattern>([
    ['place', 30],
    ['organization', 30],
    ['group', hasGroup ? 25 : 0],
    ['plain', 15],
  ]);
  const translations: Translations<ServiceText> = {};
  for (const [lang, share] of [
    ['fr', 0.25],
    ['en', 0.35],
  ] as const) {
    if (random.chance(share))
      translations[lang] = { name: composeName(facts, pattern, lang), description: composeDescription(facts, lang) };
  }
  return {
    name: composeName(facts, pattern, 'nl'),
    description: composeDescription(facts, 'nl'),
    eligibilityDescription: `Voor ${list(
      facts.targetGroups.map((term) => groupLabel(term, 'nl')),
      'nl',
    )}.`,
    feesDescription: fees(facts.cost),
    applicationProcess: applicationProcess(random, facts.access),
    interpretationServices:
      facts.languages.length === 1 && random.chance(0.3) ? 'Op aanvraag met een sociaal tolk of via videotolken.' : null,
    translations,
  };
}
