// The results and their paging; the count is announced to screen readers as it changes.
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../api/search-services';
import { ResultCard } from './result-card';

interface Props {
  result: SearchResult | undefined;
  isLoading: boolean;
  page: number;
  /** The moment searched, when not now: the hits' open status is at that moment. */
  openAt: string | null;
  onPage: (page: number) => void;
}

export function ResultsList({ result, isLoading, page, openAt, onPage }: Props) {
  const { t } = useTranslation('search');
  if (!result) return <p role="status">{isLoading ? t('results.loading') : ''}</p>;
  return (
    <section aria-labelledby="results-heading" className="results">
      <h2 id="results-heading" className="results-heading" aria-live="polite">
        {t('results.count', { count: result.total })}
        {result.engine === 'device' && <span className="badge badge-offline">{t('results.onDevice')}</span>}
      </h2>
      {result.total === 0 ? (
        <p>{t('results.none')}</p>
      ) : (
        <ol className="result-list" data-testid="results">
          {result.hits.map((hit) => (
            <ResultCard key={hit.id} hit={hit} openAt={openAt} />
          ))}
        </ol>
      )}
      {result.totalPages > 1 && (
        <nav className="pager" aria-label={t('results.pages')}>
          <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t('results.previous')}
          </button>
          <span>{t('results.page', { page, total: result.totalPages })}</span>
          <button type="button" className="button" disabled={page >= result.totalPages} onClick={() => onPage(page + 1)}>
            {t('results.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
