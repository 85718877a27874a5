// /portaal, "Mijn portaal": who is logged in, in which role, the organisations they edit (each
// leads to its services), for moderators and admins the moderation screens, and the way out.
// Anonymous visitors go to the login.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { useDocumentTitle } from '../../../components/use-document-title';
import { failureOf } from '../api/portal-client';
import { useLogout, useSession } from '../api/session';
import { ClaimForm } from './claim-form';
import { ConnectionNotice } from './connection-notice';
import { failureMessage } from './failure-message';
import { FormError } from './form-error';
import { StatusMessage } from './status-message';

export function PortalPage() {
  const { t } = useTranslation('portal');
  useDocumentTitle(t('portal.title'));
  const session = useSession();
  const logout = useLogout();
  const [logoutError, setLogoutError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const isPasswordSet = (useLocation().state as { isPasswordSet?: boolean } | null)?.isPasswordSet === true;

  if (session.isPending) return <PageLoading />;
  if (session.isError && !session.data) {
    return (
      <section className="page portal-page">
        <h1>{t('portal.title')}</h1>
        <ConnectionNotice />
        <p className="notice notice-error">{failureMessage(t, failureOf(session.error))}</p>
        <button type="button" className="button" onClick={() => void session.refetch()}>
          {t('portal.retry')}
        </button>
      </section>
    );
  }
  // Emptied by the logout (still pending while its onSuccess empties the cache): the login says so.
  if (!session.data) return <Navigate to="/portaal/aanmelden" replace state={{ isLoggedOut: !logout.isIdle }} />;

  const { user } = session.data;
  const signOut = () => {
    setLogoutError(null);
    logout.mutate(undefined, {
      onError: (error) => {
        setAttempt((n) => n + 1);
        setLogoutError(failureMessage(t, failureOf(error)));
      },
    });
  };

  return (
    <section className="page portal-page">
      <h1>{t('portal.title')}</h1>
      <ConnectionNotice />
      <FormError message={logoutError} attempt={attempt} />
      <StatusMessage message={isPasswordSet ? t('password.done') : null} />
      <dl className="portal-profile">
        <dt>{t('portal.name')}</dt>
        <dd dir="auto">{user.displayName}</dd>
        <dt>{t('fields.email')}</dt>
        <dd dir="ltr">{user.email}</dd>
        <dt>{t('portal.role')}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
      </dl>
      <h2>{t('portal.organisations')}</h2>
      {user.organizations.length > 0 ? (
        <ul data-testid="portal-organisations">
          {user.organizations.map((organisation) => (
            <li key={organisation.id}>
              <Link to={`/portaal/organisaties/${organisation.id}`} dir="auto">
                {organisation.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('portal.noOrganisations')}</p>
      )}
      {(user.role === 'admin' || user.role === 'moderator') && (
        <nav aria-labelledby="moderation-heading" className="portal-moderation">
          <h2 id="moderation-heading">{t('portal.moderation')}</h2>
          <ul>
            <li>
              <Link to="/portaal/moderatie">{t('portal.links.revisions')}</Link>
            </li>
            <li>
              <Link to="/portaal/moderatie/meldingen">{t('portal.links.feedback')}</Link>
            </li>
            <li>
              <Link to="/portaal/moderatie/verouderd">{t('portal.links.stale')}</Link>
            </li>
            <li>
              <Link to="/portaal/moderatie/aanvragen">{t('portal.links.claims')}</Link>
            </li>
            <li>
              <Link to="/portaal/uitnodigen">{t('portal.links.invite')}</Link>
            </li>
          </ul>
        </nav>
      )}
      <ClaimForm />
      <button type="button" className="button" onClick={signOut} disabled={logout.isPending}>
        {logout.isPending ? t('portal.loggingOut') : t('portal.logout')}
      </button>
    </section>
  );
}
