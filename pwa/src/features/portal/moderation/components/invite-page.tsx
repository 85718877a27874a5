// /portaal/uitnodigen: a moderator or admin invites someone to keep an organisation's listings:
// e-mail, name and the organisation, found by typing part of its name. The API creates the
// account when needed and mails a link to set a password (the server log has it without SMTP).
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureOf } from '../../api/portal-client';
import { isEmailLike } from '../../components/email';
import { failureMessage } from '../../components/failure-message';
import { FormError } from '../../components/form-error';
import { StatusMessage } from '../../components/status-message';
import { useInvite } from '../api/invitations';
import { statusOf } from '../api/query-defaults';
import { InputField } from './fields';
import { ModerationLayout } from './moderation-layout';
import { OrganisationPicker, useOrganisationChoice } from './organisation-picker';

type Field = 'email' | 'displayName' | 'organizationId';

const DISPLAY_NAME_MAX_LENGTH = 200;

export function InvitePage() {
  const { t } = useTranslation('moderation');
  return <ModerationLayout title={t('invite.title')}>{() => <InviteForm />}</ModerationLayout>;
}

function InviteForm() {
  const { t } = useTranslation('moderation');
  const { t: tp } = useTranslation('portal');
  const invite = useInvite();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const organisation = useOrganisationChoice();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<string | null>(null);
  const inputs = {
    email: useRef<HTMLInputElement>(null),
    displayName: useRef<HTMLInputElement>(null),
    organizationId: useRef<HTMLSelectElement>(null),
  };

  const showFieldErrors = (errors: Partial<Record<Field, string>>) => {
    setFieldErrors(errors);
    const first = (['email', 'displayName', 'organizationId'] as const).find((field) => errors[field]);
    if (first) inputs[first].current?.focus();
  };

  const fail = (message: string) => {
    setAttempt((n) => n + 1);
    setFormError(message);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setResult(null);
    const errors: Partial<Record<Field, string>> = {};
    if (!email.trim()) errors.email = t('invite.emailRequired');
    else if (!isEmailLike(email)) errors.email = t('invite.emailInvalid');
    if (displayName.trim().length > DISPLAY_NAME_MAX_LENGTH) errors.displayName = t('invite.displayNameTooLong');
    const { chosen } = organisation;
    if (!chosen) errors.organizationId = t('invite.organisationRequired');
    if (!chosen || Object.keys(errors).length > 0) return showFieldErrors(errors);
    setFieldErrors({});
    invite.mutate(
      { email: email.trim(), role: 'editor', organizationId: chosen.id, displayName: displayName.trim() || undefined },
      {
        onSuccess: (answer) => {
          const names = { email: answer.user.email, organisation: chosen.name };
          setResult(
            answer.isInvitationSent
              ? t('invite.sent', names)
              : answer.isMembershipAdded
                ? t('invite.added', names)
                : t('invite.alreadyMember', names),
          );
          setEmail('');
          setDisplayName('');
          organisation.choose('');
        },
        onError: (error) => {
          const failure = failureOf(error);
          if (failure.kind === 'invalid') {
            const errors: Partial<Record<Field, string>> = {};
            if (failure.fields.includes('email')) errors.email = t('invite.emailInvalid');
            if (failure.fields.includes('displayName')) errors.displayName = t('invite.displayNameTooLong');
            if (failure.fields.includes('organizationId')) errors.organizationId = t('invite.organisationRequired');
            if (Object.keys(errors).length > 0) return showFieldErrors(errors);
          }
          if (statusOf(error) === 404) return showFieldErrors({ organizationId: t('invite.organisationNotFound') });
          if (statusOf(error) === 409) return fail(t('invite.disabled'));
          fail(failureMessage(tp, failure));
        },
      },
    );
  };

  return (
    <>
      <p>{t('invite.intro')}</p>
      <StatusMessage message={result} />
      <form className="portal-form moderation-form" noValidate onSubmit={submit} aria-label={t('invite.title')}>
        <FormError message={formError} attempt={attempt} />
        <InputField
          ref={inputs.email}
          label={t('invite.email')}
          type="email"
          isRequired
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
        />
        <InputField
          ref={inputs.displayName}
          label={t('invite.displayName')}
          type="text"
          hint={t('invite.displayNameHint')}
          value={displayName}
          onChange={setDisplayName}
          error={fieldErrors.displayName}
        />
        <OrganisationPicker
          ref={inputs.organizationId}
          choice={organisation}
          labels={{
            search: t('invite.search'),
            searchHint: t('invite.searchHint'),
            organisation: t('invite.organisation'),
            placeholder: t('invite.chooseOrganisation'),
            noneFound: t('invite.noOrganisations'),
            more: (count) => t('invite.moreOrganisations', { count }),
          }}
          error={fieldErrors.organizationId}
        />
        <button type="submit" className="button button-primary" disabled={invite.isPending}>
          {invite.isPending ? t('invite.submitting') : t('invite.submit')}
        </button>
      </form>
    </>
  );
}
