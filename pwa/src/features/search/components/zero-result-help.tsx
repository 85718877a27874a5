// The empty result screen's way on (issue #12): each active filter that, left out, gives results,
// with how many, and the spelling the index knows; one tap each. The API and the device's core
// answer the same `help`.
import { useTranslation } from 'react-i18next';
import type { SearchFilters } from '@sociale-kaart/core';
import type { SearchResult } from '../api/search-services';

type Help = NonNullable<SearchResult['help']>;
type HelpFilter = Help['withoutFilter'][number]['filter'];

/** The change that leaves `filter` out (all its values), from the first page. */
export function withoutFilter(filter: HelpFilter): Partial<SearchFilters> {
  switch (filter) {
    case 'q':
      return { q: '', page: 1 };
    case 'radius':
      return { radius: null, page: 1 };
    case 'openAt':
      return { openAt: null, page: 1 };
    case 'openNow':
    case 'free':
    case 'walkIn':
    case 'wheelchair':
      return { [filter]: false, page: 1 };
    default:
      return { [filter]: [], page: 1 };
  }
}

export function ZeroResultHelp({ help, onChange }: { help: Help; onChange: (next: Partial<SearchFilters>) => void }) {
  const { t } = useTranslation('search');
  const label = (filter: HelpFilter) => (filter === 'q' || filter === 'locatedIn' ? t(`help.filter.${filter}`) : t(`filters.${filter}`));
  return (
    <div className="zero-result-help" data-testid="zero-result-help">
      <p>{t('help.title')}</p>
      <ul>
        {help.didYouMean && (
          <li>
            <button type="button" className="link-button" onClick={() => onChange({ q: help.didYouMean!, page: 1 })}>
              {t('help.didYouMean', { q: help.didYouMean })}
            </button>
          </li>
        )}
        {help.withoutFilter.map(({ filter, total }) => (
          <li key={filter}>
            <button type="button" className="link-button" onClick={() => onChange(withoutFilter(filter))}>
              {t('help.without', { filter: label(filter), results: t('results.count', { count: total }) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
