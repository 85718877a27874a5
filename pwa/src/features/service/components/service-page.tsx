// A listing in full. First what a worker needs at once: open now or when, the address, and call
// and directions in one tap; then what it is, for whom, how to apply, what to bring, cost, this
// week's hours, languages, the map, and how recent the information is.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { OpenStatus } from '../../../components/open-status';
import { PageLoading } from '../../../components/page-loading';
import { useDocumentTitle } from '../../../components/use-document-title';
import { formatDate, isStale, STALE_AFTER_DAYS } from '../../../lib/format';
import { useHolidays } from '../../../lib/reference-data';
import { canEdit, useKnownSession } from '../../portal';
import { useService } from '../api/get-service';
import { listingText } from '../listing-text';
import { openStatusNow } from '../open-now';
import { closureState } from '../temporary-closure';
import { ContactActions } from './contact-actions';
import { ReportProblem } from './report-problem';
import { ServiceSections } from './service-sections';

const LocationMap = lazy(() => import('../../map').then((m) => ({ default: m.LocationMap })));

/** React Router numbers its history entries: going back stays inside the app only from the second one. */
function canGoBack(): boolean {
  return ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;
}

export function ServicePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { t, i18n } = useTranslation('service');
  const language = i18n.language;
  const { data: service, isLoading } = useService(id);
  const { data: holidays = [] } = useHolidays();
  const { data: session } = useKnownSession();
  const name = service ? listingText(service, 'name', language).text : undefined;
  useDocumentTitle(name ?? (isLoading ? null : t('notFound')));

  if (isLoading) return <PageLoading />;
  if (!service) {
    return (
      <section className="page">
        <h1>{t('notFound')}</h1>
        <p>{t('notFoundText')}</p>
        <Link to="/">{t('backToSearch')}</Link>
      </section>
    );
  }
  const location = service.locations?.[0];
  const closure = service.temporaryClosure;
  const closed = closureState(closure);
  return (
    <article className="page service-page" data-testid="service-detail">
      <p className="breadcrumb">
        <button type="button" className="link-button" onClick={() => void (canGoBack() ? navigate(-1) : navigate('/'))}>
          {t('backToResults')}
        </button>
      </p>
      <h1 dir="auto">{name}</h1>
      <p className="service-org">
        {service.organization.name}
        {service.isDemo && <span className="badge">{t('demo')}</span>}
      </p>
      {closure && closed && (
        <p className="notice notice-warning" role="note" data-testid="temporary-closure">
          <strong>
            {t(`temporaryClosure.${closed}`, { from: formatDate(closure.from, language), to: formatDate(closure.to, language) })}
          </strong>{' '}
          <span dir="auto">{closure.message}</span>
        </p>
      )}
      {service.alert && (
        <p className="notice notice-warning" role="note" dir="auto">
          {listingText(service, 'alert', language).text}
        </p>
      )}
      {isStale(service.lastVerifiedAt) && (
        <p className="notice notice-warning" role="note" data-testid="stale-notice">
          {t('staleNotice', { days: STALE_AFTER_DAYS })}
        </p>
      )}
      <div className="service-essentials" data-testid="service-essentials">
        <p>
          <OpenStatus open={openStatusNow(service, holidays)} />
        </p>
        {service.locations?.map((l) => (
          <p key={l.id} className="service-address">
            {l.name && <strong>{l.name}: </strong>}
            {l.address}
          </p>
        ))}
      </div>
      <ContactActions service={service} label={name ?? ''} />
      <ServiceSections service={service} holidays={holidays} language={language} />
      {location && (
        <section aria-labelledby="where-heading">
          <h2 id="where-heading">{t('sections.where')}</h2>
          <Suspense fallback={null}>
            <LocationMap latitude={location.latitude} longitude={location.longitude} label={name ?? ''} />
          </Suspense>
        </section>
      )}
      <footer className="service-footer">
        <p>{service.lastVerifiedAt ? t('verified', { date: formatDate(service.lastVerifiedAt, language) }) : t('neverVerified')}</p>
        <ReportProblem serviceId={service.id} />
        {canEdit(session, service.organization.id) && (
          <p>
            <Link to={`/portaal/diensten/${service.id}`}>{t('edit')}</Link>
          </p>
        )}
      </footer>
    </article>
  );
}
