// /portaal/moderatie/verouderd: public listings nobody confirmed for 180 days or ever, never
// checked first, filtered by district and life domain. The filters and the page live in the URL,
// so a moderator can share a view and the back button goes back a step.
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageLoading } from '../../../../components/page-loading';
import { useDistricts, useLifeDomains } from '../../../../lib/reference-data';
import { type StaleService, useStaleServices } from '../api/stale';
import { formatDateTime } from '../format-value';
import { ModerationLayout } from './moderation-layout';
import { QueryFailure } from './query-failure';

export function StalePage() {
  const { t } = useTranslation('moderation');
  return <ModerationLayout title={t('stale.title')}>{() => <StaleList />}</ModerationLayout>;
}

function StaleList() {
  const { t } = useTranslation('moderation');
  const { t: tt } = useTranslation('taxonomy');
  const [params, setParams] = useSearchParams();
  const { data: districts = [] } = useDistricts();
  const { data: domains = [] } = useLifeDomains();
  const district = params.get('district');
  const lifeDomain = params.get('levensdomein');
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const stale = useStaleServices({ district, lifeDomain, page });

  const update = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    // Another filter starts at the first page.
    if (!('pagina' in change)) next.delete('pagina');
    setParams(next, { replace: !('pagina' in change) });
  };

  const domainOptions = domains.flatMap((domain) => [
    { code: domain.code, label: tt(`lifeDomain.${domain.code}`) },
    ...domain.children.map((child) => ({ code: child.code, label: `— ${tt(`lifeDomain.${child.code}`)}` })),
  ]);

  return (
    <>
      <p>{t('stale.intro')}</p>
      <fieldset className="filter-group">
        <legend>{t('stale.filters')}</legend>
        <div className="field-row">
          <label className="field">
            <span>{t('stale.district')}</span>
            <select value={district ?? ''} onChange={(event) => update({ district: event.target.value || null })}>
              <option value="">{t('stale.anyDistrict')}</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('stale.lifeDomain')}</span>
            <select value={lifeDomain ?? ''} onChange={(event) => update({ levensdomein: event.target.value || null })}>
              <option value="">{t('stale.anyLifeDomain')}</option>
              {domainOptions.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      {stale.isPending ? (
        <PageLoading />
      ) : stale.isError ? (
        <QueryFailure error={stale.error} onRetry={() => void stale.refetch()} />
      ) : (
        <div aria-busy={stale.isPlaceholderData}>
          <p className="moderation-count" role="status" data-testid="stale-total">
            {t('stale.total', { count: stale.data.total })}
          </p>
          {stale.data.items.length === 0 ? (
            <p className="notice notice-info">{t('stale.empty')}</p>
          ) : (
            <ul className="moderation-list" data-testid="stale-list">
              {stale.data.items.map((service) => (
                <li key={service.id}>
                  <StaleItem service={service} />
                </li>
              ))}
            </ul>
          )}
          {stale.data.totalPages > 1 && (
            <nav className="pager" aria-label={t('stale.pages')}>
              <button type="button" className="button" disabled={page <= 1} onClick={() => update({ pagina: String(page - 1) })}>
                {t('stale.previous')}
              </button>
              <span>{t('stale.page', { page, total: stale.data.totalPages })}</span>
              <button
                type="button"
                className="button"
                disabled={page >= stale.data.totalPages}
                onClick={() => update({ pagina: String(page + 1) })}
              >
                {t('stale.next')}
              </button>
            </nav>
          )}
        </div>
      )}
    </>
  );
}

function StaleItem({ service }: { service: StaleService }) {
  const { t, i18n } = useTranslation('moderation');
  return (
    <article className="moderation-card moderation-card-compact" data-testid="stale-service">
      <h2>
        <Link to={`/diensten/${service.id}`} dir="auto">
          {service.name}
        </Link>
      </h2>
      <dl className="moderation-facts">
        <dt>{t('common.organisation')}</dt>
        <dd dir="auto">{service.organizationName}</dd>
        <dt>{t('stale.verified')}</dt>
        <dd>
          {service.lastVerifiedAt === null || service.daysSinceVerified === null ? (
            <strong>{t('stale.never')}</strong>
          ) : (
            <time dateTime={service.lastVerifiedAt} title={formatDateTime(service.lastVerifiedAt, i18n.language)}>
              {t('stale.days', { count: service.daysSinceVerified })}
            </time>
          )}
        </dd>
      </dl>
      <p>
        <Link to={`/portaal/diensten/${service.id}/geschiedenis`}>{t('common.history')}</Link>
      </p>
    </article>
  );
}
