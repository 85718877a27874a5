// When no service of a search speaks the client's language, the search does not end there: the
// same search without that condition follows, under a notice that says so. The client's language
// stays the referral card's language (a Polish father still gets his card in Polish).
import { useTranslation } from 'react-i18next';
import { formatList } from '../../../lib/format';
import { languageName } from '../../../lib/reference-data';
import { useSearchServices, type SearchResult } from '../api/search-services';
import type { SearchFilters } from '@sociale-kaart/core';

/** The same search in any language, once the search in the client's language is known to find nothing. */
export function useLanguageFallback(filters: SearchFilters, search: { data?: SearchResult; isPlaceholderData: boolean }, enabled: boolean) {
  const isActive = filters.language.length > 0 && !search.isPlaceholderData && search.data?.total === 0;
  const fallback = useSearchServices({ ...filters, language: [] }, enabled && isActive);
  return { isActive, fallback } as const;
}

export function LanguageFallbackNotice({ languages }: { languages: string[] }) {
  const { t, i18n } = useTranslation('search');
  const language = formatList(
    languages.map((code) => languageName(code, i18n.language)),
    i18n.language,
  );
  return (
    <p className="notice notice-info" data-testid="language-fallback">
      {t('fallback.notice', { language })}
    </p>
  );
}
