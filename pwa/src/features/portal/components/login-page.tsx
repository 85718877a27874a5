// /portaal/aanmelden: e-mail and password for the people who keep an organisation's listings
// right. A wrong pair gets one message for both (the API does not say which was wrong); too many
// tries say how long to wait. Someone already logged in goes straight to their portal.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { failureOf } from '../api/portal-client';
import { useLogin, useSession } from '../api/session';
import { ConnectionNotice } from './connection-notice';
import { FormError } from './form-error';
import { failureMessage } from './failure-message';
import { TextField } from './text-field';
import { isEmailLike } from './email';

type Field = 'email' | 'password';

export function LoginPage() {
  const { t } = useTranslation('portal');
  useDocumentTitle(t('login.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const isLoggedOut = (location.state as { isLoggedOut?: boolean } | null)?.isLoggedOut === true;

  if (session.data && !login.isPending) return <Navigate to="/portaal" replace />;

  const showFieldErrors = (errors: Partial<Record<Field, string>>) => {
    setFieldErrors(errors);
    (errors.email ? emailInput : passwordInput).current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const errors: Partial<Record<Field, string>> = {};
    if (!email.trim()) errors.email = t('errors.emailRequired');
    else if (!isEmailLike(email)) errors.email = t('errors.emailInvalid');
    if (!password) errors.password = t('errors.passwordRequired');
    if (errors.email || errors.password) return showFieldErrors(errors);
    setFieldErrors({});
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate('/portaal', { replace: true }),
        onError: (error) => {
          const failure = failureOf(error);
          if (failure.kind === 'invalid' && failure.fields.includes('email')) {
            return showFieldErrors({ email: t('errors.emailInvalid') });
          }
          setAttempt((n) => n + 1);
          setFormError(failure.kind === 'unauthorised' ? t('login.invalidCredentials') : failureMessage(t, failure));
        },
      },
    );
  };

  return (
    <section className="page portal-page">
      <h1>{t('login.title')}</h1>
      <ConnectionNotice />
      {isLoggedOut && !formError && (
        <p className="notice notice-info" role="status">
          {t('login.loggedOut')}
        </p>
      )}
      <p>{t('login.intro')}</p>
      <form className="portal-form" noValidate onSubmit={submit} aria-label={t('login.title')}>
        <FormError message={formError} attempt={attempt} />
        <TextField
          ref={emailInput}
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
        />
        <TextField
          ref={passwordInput}
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <button type="submit" className="button button-primary" disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <Link to="/portaal/wachtwoord">{t('login.forgot')}</Link>
    </section>
  );
}
