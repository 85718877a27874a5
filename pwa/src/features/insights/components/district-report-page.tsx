// /inzicht/rapport/:district: "Sociale kaart van Borgerhout", one printable A4 report for a
// district council: coverage per wijk and per life domain, the gaps, and how current the listings
// are. Outside the app's frame (no header, navigation or footer); print.css sets the A4 page.
import { ArrowLeft, Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Icon } from '../../../components/icon';
import { PageLoading } from '../../../components/page-loading';
import { useDocumentTitle } from '../../../components/use-document-title';
import { formatDateTime } from '../../../lib/format';
import { type CoverageArea, useCoverage } from '../api/coverage';
import { useFreshness } from '../api/freshness';
import { useGaps } from '../api/gaps';
import { formatCount, formatRate, formatShare } from '../format';
import { EMPTY_INSIGHTS_FILTERS } from '../insights-filters';

const NO_FILTERS = EMPTY_INSIGHTS_FILTERS;
/** Wijk gaps on the page: the most searched; the CSV on the gaps page has them all. */
const WIJK_GAPS = 15;

export function DistrictReportPage() {
  const { district: districtId = '' } = useParams();
  const { t, i18n } = useTranslation('insights');
  const { t: tt } = useTranslation('taxonomy');
  const districts = useCoverage('district', NO_FILTERS);
  const wijken = useCoverage('wijk', NO_FILTERS);
  const districtGaps = useGaps('district', NO_FILTERS);
  const gaps = useGaps('wijk', NO_FILTERS);
  const freshness = useFreshness(NO_FILTERS, 10);
  const district = districts.data?.areas.find((a) => a.id === districtId);
  useDocumentTitle(district ? t('report.title', { district: district.name }) : t('report.heading'));
  const language = i18n.language;

  const queries = [districts, wijken, districtGaps, gaps, freshness];
  if (queries.some((q) => q.isError)) return <ReportFrame>{<p className="notice notice-error">{t('failed')}</p>}</ReportFrame>;
  if (!districts.data || !wijken.data || !districtGaps.data || !gaps.data || !freshness.data)
    return <ReportFrame>{<PageLoading />}</ReportFrame>;
  if (!district) return <ReportFrame>{<p className="notice notice-error">{t('report.unknown')}</p>}</ReportFrame>;

  const ownWijken = wijken.data.areas.filter((w) => w.districtId === district.id).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const ownGaps = [
    ...districtGaps.data.gaps.filter((g) => g.areaId === district.id),
    ...gaps.data.gaps.filter((g) => g.districtId === district.id).slice(0, WIJK_GAPS),
  ];
  const districtFreshness = freshness.data.districts.find((d) => d.id === district.id);
  const hasPopulation = districts.data.populationSources.length > 0;
  const rate = (area: CoverageArea) => (area.total.servingPer10k === null ? '–' : formatRate(area.total.servingPer10k, language));
  const domainCells = district.cells.filter((cell) => !cell.code.includes('/') && cell.code !== '*');

  return (
    <ReportFrame>
      <article className="district-report" data-testid="district-report">
        <p className="report-actions">
          <Link to="/inzicht/rapport" className="button">
            <Icon icon={ArrowLeft} className="flip-rtl" />
            <span>{t('report.back')}</span>
          </Link>
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            <Icon icon={Printer} />
            <span>{t('report.print')}</span>
          </button>
        </p>
        <header>
          <p className="report-kicker">{t('report.kicker')}</p>
          <h1>{t('report.title', { district: district.name })}</h1>
          <p className="report-date">{t('report.generated', { date: formatDateTime(districts.data.generatedAt, language) })}</p>
        </header>

        <section aria-labelledby="report-coverage">
          <h2 id="report-coverage">{t('report.coverage')}</h2>
          <p data-testid="report-serving">
            {t('report.servingSummary', {
              serving: formatCount(district.total.serving, language),
              located: formatCount(district.total.located, language),
              cityWide: formatCount(district.total.cityWide, language),
            })}
          </p>
          <table className="insights-table report-table">
            <caption>{t('report.wijkenCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.wijk')}</th>
                <th scope="col" className="is-numeric">
                  {t('table.serving')}
                </th>
                <th scope="col" className="is-numeric">
                  {t('table.located')}
                </th>
                {hasPopulation && (
                  <th scope="col" className="is-numeric">
                    {t('table.per10k')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {ownWijken.map((wijk) => (
                <tr key={wijk.id}>
                  <th scope="row">{wijk.name}</th>
                  <td className="is-numeric">{formatCount(wijk.total.serving, language)}</td>
                  <td className="is-numeric">{formatCount(wijk.total.located, language)}</td>
                  {hasPopulation && <td className="is-numeric">{rate(wijk)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          <table className="insights-table report-table">
            <caption>{t('report.domainsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.lifeDomain')}</th>
                <th scope="col" className="is-numeric">
                  {t('table.serving')}
                </th>
                <th scope="col" className="is-numeric">
                  {t('table.located')}
                </th>
              </tr>
            </thead>
            <tbody>
              {domainCells.map((cell) => (
                <tr key={cell.code}>
                  <th scope="row">{tt(`lifeDomain.${cell.code}`)}</th>
                  <td className="is-numeric">{formatCount(cell.serving, language)}</td>
                  <td className="is-numeric">{formatCount(cell.located, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="coverage-source">
            {hasPopulation
              ? t('coverage.populationSource', {
                  source: districts.data.populationSources.map((s) => `${s.source} (${s.date})`).join('; '),
                })
              : t('coverage.absolute')}
          </p>
        </section>

        <section aria-labelledby="report-gaps">
          <h2 id="report-gaps">{t('report.gaps')}</h2>
          {ownGaps.length === 0 ? (
            <p>{t('gaps.empty')}</p>
          ) : (
            <ul className="report-gaps" data-testid="report-gaps">
              {ownGaps.map((gap) => (
                <li key={`${gap.level}|${gap.areaId}|${gap.lifeDomain}`}>
                  {t(gap.kind === 'none' ? 'report.gapNone' : 'report.gapCityWide', {
                    area: gap.areaName,
                    domain: tt(`lifeDomain.${gap.lifeDomain}`),
                    count: gap.demand.searches,
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="report-freshness">
          <h2 id="report-freshness">{t('report.freshness')}</h2>
          {districtFreshness && districtFreshness.share !== null ? (
            <p data-testid="report-freshness">
              {t('freshness.share', {
                share: formatShare(districtFreshness.share, language),
                verified: formatCount(districtFreshness.verified, language),
                listings: formatCount(districtFreshness.listings, language),
                days: freshness.data.staleAfterDays,
              })}
            </p>
          ) : (
            <p>{t('freshness.noListings')}</p>
          )}
        </section>
        <footer className="report-footer">
          <p>{t('report.footer')}</p>
        </footer>
      </article>
    </ReportFrame>
  );
}

/** The report's own frame: a main landmark (skip link and header are left out on purpose). */
function ReportFrame({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="report-main">
      {children}
    </main>
  );
}
