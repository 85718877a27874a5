// /inzicht: how many published services serve the residents of each district or wijk (and how
// many are located there), under life domain, target group, language, free and walk-in. A
// choropleth with numbered classes and a legend, the same figures as a sortable table, "per 10,000
// residents" only when the operator supplied population figures, and the services of an area
// tapped on the map or in the table.
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/page-loading';
import { formatDate } from '../../../lib/format';
import { type AreaLevel, type CoverageArea, useCoverage } from '../api/coverage';
import { classBreaks, classOf } from '../class-breaks';
import { formatCount, formatRate } from '../format';
import { useInsightsParams } from '../insights-filters';
import { AreaServices } from './area-services';
import { CoverageLegend } from './coverage-legend';
import { InsightsFilterBar } from './insights-filter-bar';
import { InsightsLayout } from './insights-layout';
import { LevelSwitch } from './level-switch';
import { type Column, SortableTable } from './sortable-table';

const ChoroplethMap = lazy(() => import('../../map').then((m) => ({ default: m.ChoroplethMap })));

/**
 * What the map colours: every service serving the residents (per 10,000 residents where the
 * operator gave figures), only those for this area or its district (city-wide services are the
 * same everywhere and flatten the map), or those located here.
 */
export const MEASURES = ['serving', 'ownArea', 'located'] as const;
export type Measure = (typeof MEASURES)[number];

function mapFigure(area: CoverageArea, measure: Measure, hasPopulation: boolean): number | null {
  if (measure === 'ownArea') return area.total.local + area.total.district;
  if (measure === 'located') return area.total.located;
  return hasPopulation ? area.total.servingPer10k : area.total.serving;
}

/** "Stad Antwerpen (1 januari 2026)"; a date given as a year or month stays as written. */
function sourceText(sources: { source: string; date: string }[], language: string): string {
  return sources
    .map(({ source, date }) => `${source} (${/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(`${date}T12:00:00Z`, language) : date})`)
    .join('; ');
}

export function CoveragePage() {
  const { t, i18n } = useTranslation('insights');
  const { filters, setFilters, choice, setChoices } = useInsightsParams();
  const level: AreaLevel = choice('niveau') === 'district' ? 'district' : 'wijk';
  const selectedId = choice('gebied');
  const measure: Measure = MEASURES.find((m) => m === choice('maat')) ?? 'serving';
  const coverage = useCoverage(level, filters);
  const areas = useMemo(() => coverage.data?.areas ?? [], [coverage.data]);
  // Per 10,000 residents only when the operator supplied figures: never an estimate.
  const hasPopulation = (coverage.data?.populationSources.length ?? 0) > 0 && areas.some((a) => a.total.servingPer10k !== null);
  const classes = useMemo(
    () => classBreaks(areas.map((a) => mapFigure(a, measure, hasPopulation)).filter((v) => v !== null)),
    [areas, measure, hasPopulation],
  );
  const areaClasses = useMemo(
    () =>
      new Map(
        areas.flatMap((area) => {
          const figure = mapFigure(area, measure, hasPopulation);
          const c = figure === null ? undefined : classOf(figure, classes);
          return c ? [[area.id, { index: c.index, colour: c.colour }] as const] : [];
        }),
      ),
    [areas, classes, measure, hasPopulation],
  );
  const selected = areas.find((a) => a.id === selectedId);
  const language = i18n.language;

  const select = (id: string) => {
    setChoices({ gebied: id === selectedId ? null : id });
    // The list below the map is where the answer is: bring it into view on a phone.
    requestAnimationFrame(() => document.getElementById('area-services-heading')?.focus());
  };

  const count = (key: string, value: (a: CoverageArea) => number | null): Column<CoverageArea> => ({
    key,
    label: t(`table.${key}`),
    value,
    isNumeric: true,
    render: (a) => {
      const figure = value(a);
      return figure === null ? '–' : formatCount(figure, language);
    },
  });

  const columns: Column<CoverageArea>[] = [
    {
      key: 'class',
      label: t('table.class'),
      value: (a) => areaClasses.get(a.id)?.index ?? null,
      render: (a) => <ClassNumber areaClass={areaClasses.get(a.id)} />,
    },
    {
      key: 'name',
      label: t(level === 'district' ? 'table.district' : 'table.wijk'),
      value: (a) => a.name,
      isRowHeader: true,
      render: (a) => (
        <button type="button" className="link-button area-button" aria-pressed={a.id === selectedId} onClick={() => select(a.id)}>
          {a.name}
        </button>
      ),
    },
    count('serving', (a) => a.total.serving),
    count('ownArea', (a) => a.total.local + a.total.district),
    count('located', (a) => a.total.located),
    ...(hasPopulation
      ? [
          {
            key: 'per10k',
            label: t('table.per10k'),
            value: (a: CoverageArea) => a.total.servingPer10k,
            isNumeric: true,
            render: (a: CoverageArea) => (a.total.servingPer10k === null ? '–' : formatRate(a.total.servingPer10k, language)),
          },
          count('residents', (a) => a.population?.residents ?? null),
        ]
      : []),
  ];

  return (
    <InsightsLayout title={t('coverage.title')} intro={t('coverage.intro')}>
      <InsightsFilterBar filters={filters} onChange={setFilters} />
      <div className="insights-controls">
        <LevelSwitch level={level} onChange={(next) => setChoices({ gebied: null, niveau: next === 'wijk' ? null : next })} />
        <label className="field field-inline">
          <span>{t('coverage.measure')}</span>
          <select value={measure} onChange={(e) => setChoices({ maat: e.target.value === 'serving' ? null : e.target.value })}>
            {MEASURES.map((option) => (
              <option key={option} value={option}>
                {t(`coverage.measures.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {coverage.isPending ? (
        <PageLoading />
      ) : coverage.isError ? (
        <p className="notice notice-error">{t('failed')}</p>
      ) : (
        <div className="coverage-layout" aria-busy={coverage.isPlaceholderData}>
          <figure className="coverage-figure">
            <Suspense fallback={<PageLoading />}>
              <ChoroplethMap
                level={level}
                classes={areaClasses}
                selectedId={selectedId}
                onSelect={select}
                label={t('coverage.mapLabel')}
                signature={`${measure}|${classes.map((c) => `${c.min}-${c.max}`).join(',')}|${areas.length}`}
              />
            </Suspense>
            <figcaption>
              <CoverageLegend
                classes={classes}
                isRate={hasPopulation}
                title={t(measure === 'serving' && hasPopulation ? 'legend.titleRate' : `legend.title.${measure}`)}
              />
              <p className="coverage-source" data-testid="coverage-source">
                {hasPopulation
                  ? t('coverage.populationSource', { source: sourceText(coverage.data.populationSources, language) })
                  : t('coverage.absolute')}
              </p>
            </figcaption>
          </figure>
          {selected && <AreaServices level={level} areaId={selected.id} areaName={selected.name} filters={filters} />}
          <SortableTable
            caption={t(level === 'district' ? 'coverage.tableDistricts' : 'coverage.tableWijken')}
            columns={columns}
            rows={areas}
            rowKey={(a) => a.id}
            initialSort={{ key: 'name', direction: 'ascending' }}
            selectedKey={selectedId}
            testId="coverage-table"
          />
        </div>
      )}
    </InsightsLayout>
  );
}

/** An area's class as on the map: its number in a pill on the class colour. */
function ClassNumber({ areaClass }: { areaClass: { index: number; colour: string } | undefined }) {
  if (!areaClass) return '–';
  return (
    <span className="legend-swatch" style={{ background: areaClass.colour }}>
      <span className="legend-number">{areaClass.index}</span>
    </span>
  );
}
