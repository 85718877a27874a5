// /inzicht/actualiteit: how current the map is. The share of listings verified in the last 180
// days for the city and per district (per life domain for a district chosen), the weekly record
// as a line, the oldest listings, and the organisations with the most stale listings; moderators
// also get the "remind these organisations" list.
import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../components/icon';
import { PageLoading } from '../../../components/page-loading';
import { formatDate } from '../../../lib/format';
import { type DistrictFreshness, type Freshness, freshnessCsvUrl, type Share, useFreshness, weeklyPercentages } from '../api/freshness';
import { formatCount, formatShare, formatWeek } from '../format';
import { useInsightsParams } from '../insights-filters';
import { InsightsFilterBar } from './insights-filter-bar';
import { InsightsLayout } from './insights-layout';
import { RemindersPanel } from './reminders-panel';
import { type Column, SortableTable } from './sortable-table';
import { TrendChart } from './trend-chart';

type Row = Share & { id: string; name: string };

export function FreshnessPage() {
  const { t } = useTranslation('insights');
  const { filters, setFilters, choice, setChoices } = useInsightsParams();
  const freshness = useFreshness(filters);
  const districtId = choice('district');
  return (
    <InsightsLayout title={t('freshness.title')} intro={t('freshness.intro')}>
      <InsightsFilterBar filters={filters} onChange={setFilters} />
      {freshness.isPending ? (
        <PageLoading />
      ) : freshness.isError ? (
        <p className="notice notice-error">{t('failed')}</p>
      ) : (
        <div aria-busy={freshness.isPlaceholderData}>
          <FreshnessFigures freshness={freshness.data} districtId={districtId} onDistrict={(id) => setChoices({ district: id })} />
          <p>
            <a className="button" href={freshnessCsvUrl(filters)} download data-testid="freshness-csv">
              <Icon icon={Download} />
              <span>{t('freshness.csv')}</span>
            </a>
          </p>
          <OldestListings freshness={freshness.data} />
          <StaleOrganisations freshness={freshness.data} />
          <RemindersPanel />
        </div>
      )}
    </InsightsLayout>
  );
}

export function useShareColumns(firstLabel: string): Column<Row>[] {
  const { t, i18n } = useTranslation('insights');
  const language = i18n.language;
  return [
    { key: 'name', label: firstLabel, value: (r) => r.name, isRowHeader: true },
    {
      key: 'share',
      label: t('table.share'),
      value: (r) => r.share,
      isNumeric: true,
      render: (r) => (r.share === null ? '–' : formatShare(r.share, language)),
    },
    {
      key: 'verified',
      label: t('table.verified'),
      value: (r) => r.verified,
      isNumeric: true,
      render: (r) => formatCount(r.verified, language),
    },
    {
      key: 'listings',
      label: t('table.listings'),
      value: (r) => r.listings,
      isNumeric: true,
      render: (r) => formatCount(r.listings, language),
    },
  ];
}

/** The headline share, the weekly line and the table (districts, or one district's life domains). */
export function FreshnessFigures({
  freshness,
  districtId,
  onDistrict,
}: {
  freshness: Freshness;
  districtId: string | null;
  onDistrict?: (id: string | null) => void;
}) {
  const { t, i18n } = useTranslation('insights');
  const { t: tt } = useTranslation('taxonomy');
  const language = i18n.language;
  const district: DistrictFreshness | undefined = freshness.districts.find((d) => d.id === districtId);
  const headline = district ?? freshness.city;
  const city = weeklyPercentages(freshness, null);
  const own = district ? weeklyPercentages(freshness, district.id) : null;
  const domainColumns = useShareColumns(t('table.lifeDomain'));
  const districtColumns = useShareColumns(t('table.district'));
  return (
    <>
      <p className="insights-headline" data-testid="freshness-share">
        {headline.share === null
          ? t('freshness.noListings')
          : t('freshness.share', {
              share: formatShare(headline.share, language),
              verified: formatCount(headline.verified, language),
              listings: formatCount(headline.listings, language),
              days: freshness.staleAfterDays,
            })}
      </p>
      {onDistrict && (
        <label className="field field-inline">
          <span>{t('table.district')}</span>
          <select value={districtId ?? ''} onChange={(e) => onDistrict(e.target.value || null)}>
            <option value="">{t('freshness.wholeCity')}</option>
            {freshness.districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <section className="insights-section" aria-labelledby="freshness-weekly">
        <h2 id="freshness-weekly">{t('freshness.weekly')}</h2>
        {city.weeks.length < 2 ? (
          <p>{t('freshness.weeklyStarting', { count: city.weeks.length })}</p>
        ) : (
          <TrendChart
            weeks={city.weeks}
            max={100}
            formatWeek={(week) => formatWeek(week, language)}
            summary={t('freshness.weeklySummary', {
              from: formatWeek(city.weeks[0], language),
              to: formatWeek(city.weeks[city.weeks.length - 1], language),
              first: city.values[0] ?? '–',
              last: city.values[city.values.length - 1] ?? '–',
            })}
            series={[
              { key: 'city', label: t('freshness.wholeCity'), values: city.values, colour: 'var(--color-primary)' },
              ...(own && district ? [{ key: district.id, label: district.name, values: own.values, colour: 'var(--color-accent)' }] : []),
            ]}
          />
        )}
      </section>
      {district ? (
        <SortableTable
          caption={t('freshness.byLifeDomain', { district: district.name })}
          columns={domainColumns}
          rows={district.lifeDomains.map((d) => ({ ...d, id: d.lifeDomain, name: tt(`lifeDomain.${d.lifeDomain}`) }))}
          rowKey={(r) => r.id}
          initialSort={{ key: 'share', direction: 'ascending' }}
          testId="freshness-table"
        />
      ) : (
        <SortableTable
          caption={t('freshness.byDistrict')}
          columns={districtColumns}
          rows={freshness.districts}
          rowKey={(r) => r.id}
          initialSort={{ key: 'share', direction: 'ascending' }}
          testId="freshness-table"
        />
      )}
    </>
  );
}

function verifiedText(lastVerifiedAt: string | null | undefined, language: string, never: string): string {
  return lastVerifiedAt ? formatDate(lastVerifiedAt, language) : never;
}

export function OldestListings({ freshness }: { freshness: Freshness }) {
  const { t, i18n } = useTranslation('insights');
  return (
    <section className="insights-section" aria-labelledby="freshness-oldest">
      <h2 id="freshness-oldest">{t('freshness.oldest')}</h2>
      <ol className="area-service-list" data-testid="oldest-listings">
        {freshness.oldest.map((listing) => (
          <li key={listing.id}>
            <Link to={`/diensten/${listing.id}`} dir="auto">
              {listing.name}
            </Link>
            <span className="area-service-org">
              <bdi>{listing.organization.name}</bdi> ·{' '}
              {t('freshness.verifiedOn', { date: verifiedText(listing.lastVerifiedAt, i18n.language, t('freshness.never')) })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function StaleOrganisations({ freshness }: { freshness: Freshness }) {
  const { t, i18n } = useTranslation('insights');
  const language = i18n.language;
  type Organisation = Freshness['organizations'][number];
  const columns: Column<Organisation>[] = [
    { key: 'name', label: t('table.organisation'), value: (o) => o.name, isRowHeader: true, render: (o) => <bdi>{o.name}</bdi> },
    { key: 'stale', label: t('table.stale'), value: (o) => o.stale, isNumeric: true, render: (o) => formatCount(o.stale, language) },
    {
      key: 'listings',
      label: t('table.listings'),
      value: (o) => o.listings,
      isNumeric: true,
      render: (o) => formatCount(o.listings, language),
    },
    {
      key: 'oldest',
      label: t('table.oldestVerified'),
      value: (o) => o.oldestVerifiedAt ?? '',
      render: (o) => verifiedText(o.oldestVerifiedAt, language, t('freshness.never')),
    },
  ];
  return (
    <section className="insights-section" aria-labelledby="freshness-organisations">
      <h2 id="freshness-organisations">{t('freshness.organisations')}</h2>
      <p>{t('freshness.organisationsTotal', { count: freshness.organizationsWithStale })}</p>
      <SortableTable
        caption={t('freshness.organisationsCaption')}
        columns={columns}
        rows={freshness.organizations}
        rowKey={(o) => o.id}
        initialSort={{ key: 'stale', direction: 'descending' }}
        testId="stale-organisations"
      />
    </section>
  );
}
