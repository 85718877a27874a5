// The start screen: one search box, filters, active filters as chips, and the results as a list
// or on the map. Everything about the search is in the URL.
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/page-loading';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMapHits } from '../api/map-hits';
import { useSearchServices } from '../api/search-services';
import { useSearchFilters } from '../hooks/use-search-filters';
import { FilterChips } from './filter-chips';
import { FilterPanel } from './filter-panel';
import { ResultsList } from './results-list';
import { SearchBox } from './search-box';
import { SlidersHorizontal } from 'lucide-react';
import { Icon } from '../../../components/icon';

const ResultsMap = lazy(() => import('../../map').then((m) => ({ default: m.ResultsMap })));

export function SearchPage() {
  const { t } = useTranslation('search');
  const { filters, update, view, setView } = useSearchFilters();
  const [isFilterOpen, setFilterOpen] = useState(false);
  const search = useSearchServices(filters);
  const mapHits = useMapHits(filters, view === 'map');
  useDocumentTitle(filters.q ? t('titleWithQuery', { q: filters.q }) : t('title'));
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const near = filters.near ? filters.near.split(',').map(Number) : null;

  return (
    <div className="search-page">
      <h1 className="visually-hidden">{t('title')}</h1>
      <SearchBox value={filters.q} onSearch={onSearch} />
      <div className="search-toolbar">
        <button
          type="button"
          className="button filter-toggle"
          aria-expanded={isFilterOpen}
          aria-controls="filters"
          onClick={() => setFilterOpen((open) => !open)}
        >
          <Icon icon={SlidersHorizontal} />
          {t('filters.toggle')}
        </button>
        <div className="view-switch" role="group" aria-label={t('view.label')}>
          <button type="button" className="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('view.list')}
          </button>
          <button type="button" className="button" aria-pressed={view === 'map'} onClick={() => setView('map')}>
            {t('view.map')}
          </button>
        </div>
      </div>
      <FilterChips filters={filters} onChange={update} />
      <div className="search-layout">
        <section id="filters" className={isFilterOpen ? 'filters is-open' : 'filters'} aria-label={t('filters.label')}>
          <FilterPanel filters={filters} facets={search.data?.facets} onChange={update} />
        </section>
        <div className="search-results">
          {search.isError && (
            <p role="alert" className="notice notice-error">
              {t('results.error')}
            </p>
          )}
          {view === 'map' ? (
            <Suspense fallback={<PageLoading />}>
              <h2 className="visually-hidden">{t('view.map')}</h2>
              <ResultsMap
                hits={mapHits.data ?? []}
                near={near ? { latitude: near[0], longitude: near[1] } : null}
                districts={[...filters.district, ...filters.locatedIn]}
              />
            </Suspense>
          ) : (
            <ResultsList result={search.data} isLoading={search.isLoading} page={filters.page} onPage={(page) => update({ page })} />
          )}
        </div>
      </div>
    </div>
  );
}
