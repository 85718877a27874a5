// The search vocabulary, owned by the core (issue #12): per taxonomy term, its names in the six UI
// languages and keywords a social worker may type in the client's words, in any of them (`stroom`,
// `طاقة`, `enerji` for energy). Both hosts index every service's terms with them (weight B,
// search-record.ts), so the API and the phone match the same words.
import { VOCABULARY } from './vocabulary.data.js';

export const UI_LANGUAGES = ['nl', 'en', 'fr', 'ar', 'tr', 'pl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface VocabularyTerm {
  names: Partial<Record<UiLanguage, string>>;
  keywords: Partial<Record<UiLanguage, string[]>>;
}

export type VocabularyTaxonomy = 'lifeDomain' | 'targetGroup' | 'access';
export type Vocabulary = Record<VocabularyTaxonomy, Record<string, VocabularyTerm>>;

export { VOCABULARY };

/** Every name and keyword of a term, each once, in a fixed order (languages as listed, names first). */
export function vocabularyWords(taxonomy: VocabularyTaxonomy, code: string): string[] {
  const term = VOCABULARY[taxonomy][code];
  if (!term) return [];
  const words = [...UI_LANGUAGES.map((l) => term.names[l]), ...UI_LANGUAGES.flatMap((l) => term.keywords[l] ?? [])];
  return [...new Set(words.filter((w): w is string => w !== undefined))];
}
