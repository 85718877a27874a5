// The results and their paging; the count is announced to screen readers as it changes, and the
// list says it is busy (and fades) while the next answer comes, so nobody taps a result that is
// about to change.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../api/search-services';
import { ResultCard } from './result-card';

interface Props {
  result: SearchResult | undefined;
  isLoading: boolean;
  /** A newer answer is on its way (the one shown is the previous search's). */
  isFetching?: boolean;
  page: number;
  /** The moment searched, when not now: the hits' open status is at that moment. */
  openAt: string | null;
  onPage: (page: number) => void;
  /** Shown instead of "nothing found" when there is a way on (e.g. the same search in other languages). */
  emptyHelp?: ReactNode;
  /** The heading's text, when not "N diensten"; and its id, when two lists share a page. */
  heading?: string;
  headingId?: string;
}

export function ResultsList({
  result,
  isLoading,
  isFetching = false,
  page,
  openAt,
  onPage,
  emptyHelp,
  heading,
  headingId = 'results-heading',
}: Props) {
  const { t } = useTranslation('search');
  if (!result) return <p role="status">{isLoading ? t('results.loading') : ''}</p>;
  return (
    <section aria-labelledby={headingId} className="results" aria-busy={isFetching}>
      <h2 id={headingId} className="results-heading" aria-live="polite">
        {heading ?? t('results.count', { count: result.total })}
        {result.engine === 'device' && <span className="badge badge-offline">{t('results.onDevice')}</span>}
      </h2>
      {result.total === 0 ? (
        (emptyHelp ?? <p>{t('results.none')}</p>)
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
