// Sets the password of an invited user (or after a reset) with the one-time token from the mail.
// The API logs them in with it (every other session ends), so the form takes them straight to
// their work: an editor of one organisation to its list of services, anyone else to their portal,
// where a status says the password is set. A spent or unknown link says how to get a new one.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { failureOf } from '../api/portal-client';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, useSetPassword } from '../api/password';
import { portalHome } from '../api/session';
import { failureMessage } from './failure-message';
import { FormError } from './form-error';
import { TextField } from './text-field';

type Field = 'password' | 'repeat';

export function SetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation('portal');
  const setPassword = useSetPassword();
  const [password, setPasswordValue] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isLinkInvalid, setIsLinkInvalid] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const navigate = useNavigate();
  const passwordInput = useRef<HTMLInputElement>(null);
  const repeatInput = useRef<HTMLInputElement>(null);

  const showFieldErrors = (errors: Partial<Record<Field, string>>) => {
    setFieldErrors(errors);
    (errors.password ? passwordInput : repeatInput).current?.focus();
  };

  const fail = (message: string) => {
    setAttempt((n) => n + 1);
    setFormError(message);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const errors: Partial<Record<Field, string>> = {};
    if (password.length < PASSWORD_MIN_LENGTH) errors.password = t('password.tooShort', { min: PASSWORD_MIN_LENGTH });
    else if (password.length > PASSWORD_MAX_LENGTH) errors.password = t('password.tooLong', { max: PASSWORD_MAX_LENGTH });
    if (repeat !== password) errors.repeat = t('password.mismatch');
    if (errors.password || errors.repeat) return showFieldErrors(errors);
    setFieldErrors({});
    setPassword.mutate(
      { token, password },
      {
        onSuccess: (session) => void navigate(portalHome(session), { replace: true, state: { isPasswordSet: true } }),
        onError: (error) => {
          const failure = failureOf(error);
          const isSpent = failure.kind === 'gone' || (failure.kind === 'invalid' && failure.fields.includes('token'));
          if (isSpent) {
            setIsLinkInvalid(true);
            return fail(t('password.invalidLink'));
          }
          if (failure.kind === 'invalid' && failure.fields.includes('password')) {
            return showFieldErrors({ password: t('password.tooShort', { min: PASSWORD_MIN_LENGTH }) });
          }
          fail(failureMessage(t, failure));
        },
      },
    );
  };

  return (
    <>
      <p>{t('password.intro')}</p>
      <form className="portal-form" noValidate onSubmit={submit} aria-label={t('password.title')}>
        <FormError message={formError} attempt={attempt} />
        {isLinkInvalid && (
          <p>
            <Link to="/portaal/wachtwoord">{t('password.requestNew')}</Link>
          </p>
        )}
        <TextField
          ref={passwordInput}
          label={t('password.new')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPasswordValue}
          hint={t('password.hint', { min: PASSWORD_MIN_LENGTH })}
          error={fieldErrors.password}
        />
        <TextField
          ref={repeatInput}
          label={t('password.repeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={fieldErrors.repeat}
        />
        <button type="submit" className="button button-primary" disabled={setPassword.isPending}>
          {setPassword.isPending ? t('password.submitting') : t('password.submit')}
        </button>
      </form>
    </>
  );
}
