// The frame of every moderation screen: the title, the links between the screens and who may see
// them. Anonymous visitors go to the login; a logged-in user without the role gets a plain "no
// access" instead of a screen of failing calls. The content mounts only for those let in, so its
// queries never run for anyone else.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageLoading } from '../../../../components/page-loading';
import { useDocumentTitle } from '../../../../components/use-document-title';
import { failureOf } from '../../api/portal-client';
import { useSession } from '../../api/session';
import type { PortalUser } from '../../api/session-cache';
import { ConnectionNotice } from '../../components/connection-notice';
import { failureMessage } from '../../components/failure-message';
import { ModerationNav } from './moderation-nav';

/** `moderators`: moderators and admins; `members`: anyone logged in (the API checks the organisation). */
export type Audience = 'moderators' | 'members';

export function isModerator(user: PortalUser): boolean {
  return user.role === 'admin' || user.role === 'moderator';
}

interface Props {
  title: string;
  audience?: Audience;
  children: (user: PortalUser) => ReactNode;
}

export function ModerationLayout({ title, audience = 'moderators', children }: Props) {
  const { t } = useTranslation('moderation');
  const { t: tp } = useTranslation('portal');
  useDocumentTitle(title);
  const session = useSession();

  if (session.isPending) return <PageLoading />;
  if (session.isError && !session.data) {
    return (
      <section className="page portal-page moderation-page">
        <h1>{title}</h1>
        <ConnectionNotice />
        <p className="notice notice-error">{failureMessage(tp, failureOf(session.error))}</p>
        <button type="button" className="button" onClick={() => void session.refetch()}>
          {t('common.retry')}
        </button>
      </section>
    );
  }
  if (!session.data) return <Navigate to="/portaal/aanmelden" replace />;

  const { user } = session.data;
  const isAllowed = audience === 'members' || isModerator(user);
  return (
    <section className="page portal-page moderation-page">
      {isModerator(user) ? (
        <ModerationNav />
      ) : (
        <p className="moderation-back">
          <Link to="/portaal">{t('nav.portal')}</Link>
        </p>
      )}
      <h1>{title}</h1>
      <ConnectionNotice />
      {isAllowed ? (
        children(user)
      ) : (
        <p className="notice notice-error" data-testid="no-access">
          {t('access.denied')}
        </p>
      )}
    </section>
  );
}
