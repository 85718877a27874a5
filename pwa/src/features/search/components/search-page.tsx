// The start screen and the results. With nothing searched yet it opens on the life domains as
// large tiles under the search box and the remembered client; a tile searches that domain for that
// client. The results have the most used filters one tap away, the sub-domains of the domain
// searched, compact chips, and the other filters in a bottom sheet. Everything about a search is
// in the URL.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/page-loading';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useMapHits } from '../api/map-hits';
import { useSearchServices } from '../api/search-services';
import { ZeroResultHelp } from './zero-result-help';
import { isEmptyProfile, profileOf, rememberClientProfile, useRememberedClientProfile } from '../hooks/use-client-profile';
import { useSearchFilters } from '../hooks/use-search-filters';
import { useUrlCleanup } from '../hooks/use-url-cleanup';
import { EMPTY_FILTERS, type SearchFilters } from '@sociale-kaart/core';
import { ClientBlock } from './client-block';
import { DomainTiles } from './domain-tiles';
import { FilterChips } from './filter-chips';
import { FilterSheet } from './filter-sheet';
import { LanguageFallbackNotice, useLanguageFallback } from './language-fallback';
import { QuickFilters } from './quick-filters';
import { ResultsList } from './results-list';
import { SearchBox } from './search-box';
import { SubdomainRow } from './subdomain-row';
import '../search.css';

const ResultsMap = lazy(() => import('../../map').then((m) => ({ default: m.ResultsMap })));

const PROFILE_KEYS = ['district', 'wijk', 'language'] as const;

/** Filters set beyond the text and the client profile (the chips and the sheet's button count them). */
function activeFilterCount(filters: SearchFilters): number {
  const lists = (['lifeDomain', 'targetGroup', 'locatedIn', ...PROFILE_KEYS] as const).reduce((n, key) => n + filters[key].length, 0);
  const flags = [
    filters.openNow,
    filters.openWithin,
    filters.openAt,
    filters.free,
    filters.walkIn,
    filters.wheelchair,
    filters.near,
  ].filter(Boolean).length;
  return lists + flags;
}

/** The start screen: nothing searched yet (the tiles then search for the remembered client). */
function isStart(filters: SearchFilters): boolean {
  return JSON.stringify({ ...filters, page: 1, sort: null }) === JSON.stringify(EMPTY_FILTERS);
}

export function SearchPage() {
  const { t } = useTranslation('search');
  const { filters, update, view, setView } = useSearchFilters();
  const [isSheetOpen, setSheetOpen] = useState(false);
  const { profile: remembered, forget } = useRememberedClientProfile();
  const cleanup = useUrlCleanup(filters, update);
  const start = isStart(filters) && view === 'list';
  const search = useSearchServices(filters, cleanup.isReady && (!start || isSheetOpen));
  const { isActive: isLanguageDeadEnd, fallback } = useLanguageFallback(filters, search, cleanup.isReady && view === 'list');
  const mapHits = useMapHits(filters, cleanup.isReady && view === 'map');
  useDocumentTitle(filters.q ? t('titleWithQuery', { q: filters.q }) : t('title'));
  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const near = filters.near ? filters.near.split(',').map(Number) : null;
  const urlProfile = profileOf(filters);
  const profile = isEmptyProfile(urlProfile) ? remembered : urlProfile;

  // The client profile in the URL is the one to remember for this client's next search.
  const [district, wijk, language] = [filters.district.join(), filters.wijk.join(), filters.language.join()];
  useEffect(() => {
    const split = (codes: string) => (codes ? codes.split(',') : []);
    const current = { district: split(district), wijk: split(wijk), language: split(language) };
    if (cleanup.isReady && !isEmptyProfile(current)) rememberClientProfile(current);
  }, [district, wijk, language, cleanup.isReady]);

  const change = useCallback(
    (next: Partial<SearchFilters>) => {
      // Taking the client out of the search (a chip, "clear all") means another client: forget them.
      if (PROFILE_KEYS.every((key) => key in next && (next[key] ?? []).length === 0)) forget();
      update(next);
    },
    [update, forget],
  );

  return (
    <div className="search-page">
      <h1 className="visually-hidden">{t('title')}</h1>
      <SearchBox value={filters.q} onSearch={onSearch} />
      {cleanup.dropped.length > 0 && (
        <p className="notice notice-warning" role="status" data-testid="dropped-params">
          {t('dropped', { names: cleanup.dropped.join(', ') })}{' '}
          <button type="button" className="link-button" onClick={cleanup.dismiss}>
            {t('sheet.close')}
          </button>
        </p>
      )}
      {start ? (
        <>
          <ClientBlock profile={profile} onChange={rememberClientProfile} />
          <DomainTiles onChoose={(code) => update({ ...profile, lifeDomain: [code] })} />
        </>
      ) : (
        <>
          <QuickFilters
            filters={filters}
            activeCount={activeFilterCount(filters)}
            onOpenFilters={() => setSheetOpen(true)}
            onChange={change}
            view={view}
            onView={setView}
          />
          {filters.lifeDomain.length === 0 && !filters.q ? (
            <DomainTiles isCompact onChoose={(code) => update({ lifeDomain: [code] })} />
          ) : (
            <SubdomainRow
              selected={filters.lifeDomain}
              counts={search.data?.facets.lifeDomain}
              onChoose={(lifeDomain) => update({ lifeDomain })}
            />
          )}
          <FilterChips filters={filters} onChange={change} />
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
              <>
                <ResultsList
                  result={search.data}
                  isLoading={search.isLoading || !cleanup.isReady}
                  isFetching={search.isFetching}
                  page={filters.page}
                  openAt={filters.openAt}
                  onPage={(page) => update({ page })}
                  emptyHelp={
                    isLanguageDeadEnd ? (
                      <LanguageFallbackNotice languages={filters.language} />
                    ) : search.data?.help && (search.data.help.didYouMean || search.data.help.withoutFilter.length > 0) ? (
                      <ZeroResultHelp help={search.data.help} onChange={change} />
                    ) : undefined
                  }
                />
                {isLanguageDeadEnd && (
                  <ResultsList
                    result={fallback.data}
                    isLoading={fallback.isLoading}
                    isFetching={fallback.isFetching}
                    page={filters.page}
                    openAt={filters.openAt}
                    onPage={(page) => update({ page })}
                    headingId="fallback-heading"
                    heading={fallback.data ? t('fallback.heading', { count: fallback.data.total }) : undefined}
                  />
                )}
              </>
            )}
          </div>
        </>
      )}
      <FilterSheet
        isOpen={isSheetOpen}
        onClose={() => setSheetOpen(false)}
        filters={filters}
        facets={search.data?.facets}
        total={search.data?.total}
        isFetching={search.isFetching}
        onChange={change}
      />
    </div>
  );
}
