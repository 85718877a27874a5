// /inzicht/hiaten: where help is missing. Each row an area and a life domain (with the language or
// target group filtered on) that no service serves, or only city-wide ones, ordered by how often
// people searched for it; downloadable as CSV for a council's own analysis.
import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { PageLoading } from '../../../components/page-loading';
import { languageName } from '../../../lib/reference-data';
import type { AreaLevel } from '../api/coverage';
import { type Gap, gapsCsvUrl, useGaps } from '../api/gaps';
import { formatCount } from '../format';
import { useInsightsParams } from '../insights-filters';
import { InsightsFilterBar } from './insights-filter-bar';
import { InsightsLayout } from './insights-layout';
import { LevelSwitch } from './level-switch';
import { type Column, SortableTable } from './sortable-table';

export function GapsPage() {
  const { t, i18n } = useTranslation('insights');
  const { t: tt } = useTranslation('taxonomy');
  const { filters, setFilters, choice, setChoices } = useInsightsParams();
  const level: AreaLevel = choice('niveau') === 'wijk' ? 'wijk' : 'district';
  const gaps = useGaps(level, filters);
  const language = i18n.language;

  // The language or target group, only when the gaps are split by one (a column of dashes otherwise).
  const detailColumn: Column<Gap> = {
    key: 'detail',
    label: t('table.languageOrGroup'),
    value: (g) =>
      [g.language && languageName(g.language, language), g.targetGroup && tt(`targetGroup.${g.targetGroup}`)].filter(Boolean).join(' · ') ||
      null,
  };
  const columns: Column<Gap>[] = [
    { key: 'area', label: t(level === 'district' ? 'table.district' : 'table.wijk'), value: (g) => g.areaName, isRowHeader: true },
    { key: 'lifeDomain', label: t('table.lifeDomain'), value: (g) => tt(`lifeDomain.${g.lifeDomain}`) },
    {
      key: 'kind',
      label: t('table.gapKind'),
      value: (g) => t(g.kind === 'none' ? 'gaps.none' : 'gaps.cityWideOnly', { count: g.cityWide }),
    },
    {
      key: 'searches',
      label: t('table.searches'),
      value: (g) => g.demand.searches,
      isNumeric: true,
      render: (g) => formatCount(g.demand.searches, language),
    },
    {
      key: 'zeroResults',
      label: t('table.zeroResults'),
      value: (g) => g.demand.zeroResults,
      isNumeric: true,
      render: (g) => formatCount(g.demand.zeroResults, language),
    },
    ...(gaps.data?.split ? [detailColumn] : []),
  ];

  return (
    <InsightsLayout title={t('gaps.title')} intro={t('gaps.intro')}>
      <InsightsFilterBar filters={filters} onChange={setFilters} />
      <LevelSwitch level={level} onChange={(next) => setChoices({ niveau: next === 'district' ? null : next })} />
      <p>
        <a className="button" href={gapsCsvUrl(level, filters)} download data-testid="gaps-csv">
          <Icon icon={Download} />
          <span>{t('gaps.csv')}</span>
        </a>
      </p>
      {gaps.isPending ? (
        <PageLoading />
      ) : gaps.isError ? (
        <p className="notice notice-error">{t('failed')}</p>
      ) : gaps.data.gaps.length === 0 ? (
        <p className="notice notice-info">{t('gaps.empty')}</p>
      ) : (
        <div aria-busy={gaps.isPlaceholderData}>
          <p role="status" data-testid="gaps-total">
            {t('gaps.total', { count: gaps.data.gaps.length, weeks: gaps.data.weeks })}
          </p>
          <SortableTable
            caption={t('gaps.caption')}
            columns={columns}
            rows={gaps.data.gaps}
            rowKey={(g) => `${g.areaId}|${g.lifeDomain}|${g.language ?? ''}|${g.targetGroup ?? ''}`}
            initialSort={{ key: 'searches', direction: 'descending' }}
            testId="gaps-table"
          />
        </div>
      )}
    </InsightsLayout>
  );
}
