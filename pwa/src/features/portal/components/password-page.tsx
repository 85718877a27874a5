// /portaal/wachtwoord: with `?token=…` (the link in an invitation or reset mail) it sets a
// password; without one it is the "Wachtwoord vergeten?" form that mails such a link.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { ConnectionNotice } from './connection-notice';
import { RequestResetForm } from './request-reset-form';
import { SetPasswordForm } from './set-password-form';

export function PasswordPage() {
  const { t } = useTranslation('portal');
  const [params] = useSearchParams();
  const token = params.get('token');
  const title = token ? t('password.title') : t('reset.title');
  useDocumentTitle(title);
  return (
    <section className="page portal-page">
      <h1>{title}</h1>
      <ConnectionNotice />
      {token ? <SetPasswordForm token={token} /> : <RequestResetForm />}
    </section>
  );
}
