// /portaal/organisaties/:id: first what an editor comes for, the organisation's services in every state (draft, published,
// archived), which wait for a moderator and which are stale, a new service, and, for moderators,
// whether the organisation is trusted (its editors then publish without review).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { useDocumentTitle } from '../../../components/use-document-title';
import { formatDate } from '../../../lib/format';
import { failureOf } from '../api/portal-client';
import { useSession } from '../api/session';
import { ConnectionNotice } from '../components/connection-notice';
import { failureMessage } from '../components/failure-message';
import { FormError } from '../components/form-error';
import { StatusMessage } from '../components/status-message';
import { useCreateService, useEditableOrganisation, useOrganisationListings, useSetTrusted } from './api/listings';
import { OrganisationDetailsForm } from './organisation-details-form';
import { InputField } from './fields/editor-controls';

export function OrganisationPage() {
  const { t, i18n } = useTranslation('editor');
  const { t: tPortal } = useTranslation('portal');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const listings = useOrganisationListings(id);
  const details = useEditableOrganisation(id);
  const create = useCreateService(id);
  const trust = useSetTrusted(id);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [failure, setFailure] = useState<{ message: string; key: number } | null>(null);
  // Arriving from setting a password (which logged them in): say so once.
  const isPasswordSet = (useLocation().state as { isPasswordSet?: boolean } | null)?.isPasswordSet === true;
  const [notice, setNotice] = useState<string | null>(() => (isPasswordSet ? tPortal('password.done') : null));
  useDocumentTitle(listings.data?.name ?? t('organisation.title'));

  if (session.isPending || (session.data && listings.isPending)) return <PageLoading />;
  if (!session.data) return <Navigate to="/portaal/aanmelden" replace />;
  if (listings.isError || !listings.data) {
    const reason = failureOf(listings.error);
    return (
      <section className="page portal-page">
        <h1>{t('organisation.title')}</h1>
        <ConnectionNotice />
        <p className="notice notice-error" role="alert">
          {reason.kind === 'failed' && reason.status === 403 ? t('page.forbidden') : failureMessage(tPortal, reason)}
        </p>
        <Link to="/portaal">{t('page.backToPortal')}</Link>
      </section>
    );
  }
  const organisation = listings.data;
  const isModerator = session.data.user.role === 'admin' || session.data.user.role === 'moderator';

  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (name.trim() === '') {
      setNameError(t('page.nameRequired'));
      return;
    }
    setNameError(undefined);
    create.mutate(name.trim(), {
      onSuccess: (service) => void navigate(`/portaal/diensten/${service.id}`),
      onError: (error) => {
        const reason = failureOf(error);
        if (reason.kind === 'invalid' && reason.fields.includes('name')) setNameError(t('page.invalid', { reason: reason.reasons.name }));
        else setFailure({ message: failureMessage(tPortal, reason), key: Date.now() });
      },
    });
  };

  const toggleTrust = () =>
    trust.mutate(!organisation.isTrusted, {
      onSuccess: (result) => setNotice(result.isTrusted ? t('organisation.nowTrusted') : t('organisation.nowModerated')),
      onError: (error) => setFailure({ message: failureMessage(tPortal, failureOf(error)), key: Date.now() }),
    });

  return (
    <section className="page portal-page organisation-page">
      <p className="breadcrumb">
        <Link to="/portaal">{t('page.backToPortal')}</Link>
      </p>
      <h1 dir="auto">{organisation.name}</h1>
      <ConnectionNotice />
      <StatusMessage message={notice} />
      <FormError message={failure?.message ?? null} attempt={failure?.key ?? 0} />
      <p data-testid="organisation-trust">{organisation.isTrusted ? t('organisation.trusted') : t('organisation.moderated')}</p>
      {isModerator && (
        <button type="button" className="button" onClick={toggleTrust} disabled={trust.isPending}>
          {organisation.isTrusted ? t('organisation.untrust') : t('organisation.trust')}
        </button>
      )}

      <h2>{t('organisation.services', { count: organisation.services.length })}</h2>
      {organisation.services.length === 0 ? (
        <p>{t('organisation.noServices')}</p>
      ) : (
        <ul className="listing-list" data-testid="organisation-services">
          {organisation.services.map((service) => (
            <li key={service.id}>
              <Link to={`/portaal/diensten/${service.id}`} dir="auto">
                {service.name}
              </Link>
              <span className="listing-meta">
                {t(`page.state.${service.publicationState}`)}
                {service.pendingRevisions > 0 && ` · ${t('organisation.pending', { count: service.pendingRevisions })}`}
                {service.isStale && ` · ${t('page.stale')}`}
                {service.lastVerifiedAt && ` · ${t('page.lastVerified', { date: formatDate(service.lastVerifiedAt, i18n.language) })}`}
              </span>
            </li>
          ))}
        </ul>
      )}

      <form className="editor-form" aria-label={t('organisation.newService')} noValidate onSubmit={onCreate}>
        <h2>{t('organisation.newService')}</h2>
        <InputField label={t('page.fieldNames.name')} value={name} onChange={setName} isRequired dir="auto" error={nameError} />
        <p className="hint">{t('organisation.newServiceHint')}</p>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('organisation.create')}
        </button>
      </form>

      {details.data && (
        <OrganisationDetailsForm
          key={details.data.id}
          organisation={details.data}
          publishesDirectly={isModerator || organisation.isTrusted}
          onReload={() => void details.refetch()}
        />
      )}
    </section>
  );
}
