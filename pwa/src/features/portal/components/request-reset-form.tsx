// "Wachtwoord vergeten?": asks for a reset link. The answer is the same whether the address has
// an account or not, and so is what the form says afterwards.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { failureOf } from '../api/portal-client';
import { useRequestPasswordReset } from '../api/password';
import { isEmailLike } from './email';
import { failureMessage } from './failure-message';
import { FormError } from './form-error';
import { StatusMessage } from './status-message';
import { TextField } from './text-field';

export function RequestResetForm() {
  const { t } = useTranslation('portal');
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [isSent, setIsSent] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);

  const showEmailError = (message: string) => {
    setEmailError(message);
    emailInput.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!email.trim()) return showEmailError(t('errors.emailRequired'));
    if (!isEmailLike(email)) return showEmailError(t('errors.emailInvalid'));
    setEmailError(null);
    request.mutate(email.trim(), {
      onSuccess: () => setIsSent(true),
      onError: (error) => {
        const failure = failureOf(error);
        if (failure.kind === 'invalid' && failure.fields.includes('email')) return showEmailError(t('errors.emailInvalid'));
        setAttempt((n) => n + 1);
        setFormError(failureMessage(t, failure));
      },
    });
  };

  return (
    <>
      {!isSent && (
        <>
          <p>{t('reset.intro')}</p>
          <form className="portal-form" noValidate onSubmit={submit} aria-label={t('reset.title')}>
            <FormError message={formError} attempt={attempt} />
            <TextField
              ref={emailInput}
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={emailError}
            />
            <button type="submit" className="button button-primary" disabled={request.isPending}>
              {request.isPending ? t('reset.submitting') : t('reset.submit')}
            </button>
          </form>
        </>
      )}
      <StatusMessage message={isSent ? t('reset.sent') : null} />
      <Link to="/portaal/aanmelden">{t('reset.back')}</Link>
    </>
  );
}
