// /inzicht/zoekopdrachten: what people search for in vain. Searches per week (all, without
// results, with few) as a line, by life domain and by district, and the filter combinations most
// often without results. Everyone sees this open aggregate; moderators also see the free texts
// that at least five different sessions searched (the API leaves them out for anyone else).
import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { PageLoading } from '../../../components/page-loading';
import { languageName, useDistricts, useLifeDomains } from '../../../lib/reference-data';
import {
  type CodeCounts,
  type FilterCounts,
  type SearchedFilters,
  type Searches,
  type TextCounts,
  searchesCsvUrl,
  useSearches,
  type WeekCounts,
} from '../api/searches';
import { formatCount, formatWeek } from '../format';
import { useInsightsParams } from '../insights-filters';
import { InsightsLayout } from './insights-layout';
import { type Column, SortableTable } from './sortable-table';
import { TrendChart } from './trend-chart';

export function SearchesPage() {
  const { t } = useTranslation('insights');
  const { t: tt } = useTranslation('taxonomy');
  const { choice, setChoices } = useInsightsParams();
  const { data: districts = [] } = useDistricts();
  const { data: domains = [] } = useLifeDomains();
  const filter = { lifeDomain: choice('levensdomein'), district: choice('district') };
  const searches = useSearches(filter);
  return (
    <InsightsLayout title={t('searches.title')} intro={t('searches.intro')}>
      <div className="field-row">
        <label className="field">
          <span>{t('table.lifeDomain')}</span>
          <select value={filter.lifeDomain ?? ''} onChange={(e) => setChoices({ levensdomein: e.target.value || null })}>
            <option value="">{t('searches.anyLifeDomain')}</option>
            {domains.map((d) => (
              <option key={d.code} value={d.code}>
                {tt(`lifeDomain.${d.code}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('table.district')}</span>
          <select value={filter.district ?? ''} onChange={(e) => setChoices({ district: e.target.value || null })}>
            <option value="">{t('searches.anyDistrict')}</option>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p>
        <a className="button" href={searchesCsvUrl(filter)} download data-testid="searches-csv">
          <Icon icon={Download} />
          <span>{t('gaps.csv')}</span>
        </a>
      </p>
      {searches.isPending ? (
        <PageLoading />
      ) : searches.isError ? (
        <p className="notice notice-error">{t('failed')}</p>
      ) : (
        <div aria-busy={searches.isPlaceholderData}>
          <SearchFigures searches={searches.data} />
        </div>
      )}
    </InsightsLayout>
  );
}

/** The weekly line of all, zero-result and low-result searches. */
export function SearchTrend({ weekly, lowResultMax }: { weekly: WeekCounts[]; lowResultMax: number }) {
  const { t, i18n } = useTranslation('insights');
  const language = i18n.language;
  const total = (key: keyof Omit<WeekCounts, 'week'>) => weekly.reduce((sum, w) => sum + w[key], 0);
  return (
    <TrendChart
      weeks={weekly.map((w) => w.week)}
      formatWeek={(week) => formatWeek(week, language)}
      summary={t('searches.trendSummary', {
        weeks: weekly.length,
        searches: total('searches'),
        zero: total('zeroResults'),
        low: total('lowResults'),
      })}
      series={[
        { key: 'searches', label: t('table.searches'), values: weekly.map((w) => w.searches), colour: 'var(--color-primary)' },
        { key: 'zero', label: t('table.zeroResults'), values: weekly.map((w) => w.zeroResults), colour: 'var(--color-accent)' },
        {
          key: 'low',
          label: t('table.lowResults', { max: lowResultMax }),
          values: weekly.map((w) => w.lowResults),
          colour: 'var(--color-text)',
        },
      ]}
    />
  );
}

function SearchFigures({ searches }: { searches: Searches }) {
  const { t } = useTranslation('insights');
  const { t: tt } = useTranslation('taxonomy');
  const { data: districts = [] } = useDistricts();
  const districtName = (id: string) => districts.find((d) => d.id === id)?.name ?? id;
  const counts = useCountColumns<CodeCounts>(searches.lowResultMax);
  const textCounts = useCountColumns<TextCounts>(searches.lowResultMax);
  return (
    <>
      <section className="insights-section" aria-labelledby="searches-weekly">
        <h2 id="searches-weekly">{t('searches.weekly')}</h2>
        <SearchTrend weekly={searches.weekly} lowResultMax={searches.lowResultMax} />
      </section>
      <section className="insights-section" aria-labelledby="searches-zero">
        <h2 id="searches-zero">{t('searches.topZero')}</h2>
        <FilterList items={searches.topZeroResults} field="zeroResults" testId="top-zero" />
      </section>
      <section className="insights-section" aria-labelledby="searches-low">
        <h2 id="searches-low">{t('searches.topLow', { max: searches.lowResultMax })}</h2>
        <FilterList items={searches.topLowResults} field="lowResults" testId="top-low" />
      </section>
      <SortableTable
        caption={t('searches.byLifeDomain')}
        columns={[{ key: 'name', label: t('table.lifeDomain'), value: (r) => tt(`lifeDomain.${r.code}`), isRowHeader: true }, ...counts]}
        rows={searches.byLifeDomain}
        rowKey={(r) => r.code}
        initialSort={{ key: 'zeroResults', direction: 'descending' }}
        testId="searches-by-domain"
      />
      <SortableTable
        caption={t('searches.byDistrict')}
        columns={[{ key: 'name', label: t('table.district'), value: (r) => districtName(r.code), isRowHeader: true }, ...counts]}
        rows={searches.byDistrict}
        rowKey={(r) => r.code}
        initialSort={{ key: 'zeroResults', direction: 'descending' }}
        testId="searches-by-district"
      />
      <section className="insights-section" aria-labelledby="searches-texts">
        <h2 id="searches-texts">{t('searches.texts')}</h2>
        {searches.texts === null ? (
          <p>{t('searches.textsHidden', { count: searches.minSessions })}</p>
        ) : (
          <SortableTable
            caption={t('searches.textsCaption', { count: searches.minSessions })}
            columns={[
              { key: 'text', label: t('table.text'), value: (r) => r.text, isRowHeader: true, render: (r) => <bdi>{r.text}</bdi> },
              ...textCounts,
            ]}
            rows={searches.texts}
            rowKey={(r) => r.text}
            initialSort={{ key: 'zeroResults', direction: 'descending' }}
            testId="searches-texts"
          />
        )}
      </section>
    </>
  );
}

function useCountColumns<Row extends { searches: number; zeroResults: number; lowResults: number }>(lowResultMax: number): Column<Row>[] {
  const { t, i18n } = useTranslation('insights');
  const column = (key: 'searches' | 'zeroResults' | 'lowResults', label: string): Column<Row> => ({
    key,
    label,
    value: (r) => r[key],
    isNumeric: true,
    render: (r) => formatCount(r[key], i18n.language),
  });
  return [
    column('searches', t('table.searches')),
    column('zeroResults', t('table.zeroResults')),
    column('lowResults', t('table.lowResults', { max: lowResultMax })),
  ];
}

/** A searched combination in words: "Gezondheid · Arabisch · Borgerhout · gratis · met tekst". */
export function useDescribeFilters(): (filters: SearchedFilters) => string {
  const { t, i18n } = useTranslation('insights');
  const { t: tt } = useTranslation('taxonomy');
  const { t: ts } = useTranslation('search');
  const { data: districts = [] } = useDistricts();
  return (filters) =>
    [
      ...filters.lifeDomain.map((code) => tt(`lifeDomain.${code}`)),
      ...filters.targetGroup.map((code) => tt(`targetGroup.${code}`)),
      ...filters.language.map((code) => languageName(code, i18n.language)),
      ...filters.district.map((id) => districts.find((d) => d.id === id)?.name ?? id),
      ...(filters.free ? [ts('filters.free')] : []),
      ...(filters.walkIn ? [ts('filters.walkIn')] : []),
      ...(filters.hasText ? [t('searches.withText')] : []),
    ].join(' · ') || t('searches.noFilters');
}

function FilterList({ items, field, testId }: { items: FilterCounts[]; field: 'zeroResults' | 'lowResults'; testId: string }) {
  const { t } = useTranslation('insights');
  const describe = useDescribeFilters();
  if (items.length === 0) return <p>{t('searches.none')}</p>;
  return (
    <ol className="search-list" data-testid={testId}>
      {items.map((item) => (
        <li key={JSON.stringify(item.filters)}>
          <span>{describe(item.filters)}</span>
          <span className="search-count">{t('searches.count', { count: item[field] })}</span>
        </li>
      ))}
    </ol>
  );
}
