// "Mijn portaal": anyone logged in asks to manage an organisation's listings (`POST
// /organizations/{id}/claims`), found by typing part of its name, with an optional word for the
// moderator, who decides. Asking again while a request waits, or for one's own organisation, is
// explained instead of sent twice.
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { failureOf, portalApi, send } from '../api/portal-client';
import { useSession } from '../api/session';
// The two modules, not the moderation index: that would pull every moderation screen into "Mijn portaal".
import { TextAreaField } from '../moderation/components/fields';
import { OrganisationPicker, useOrganisationChoice } from '../moderation/components/organisation-picker';
import { failureMessage } from './failure-message';
import { FormError } from './form-error';
import { StatusMessage } from './status-message';

type Field = 'organizationId' | 'message';

/** ClaimCreateDto's limit. */
const MESSAGE_MAX_LENGTH = 2000;

function useClaim() {
  return useMutation({
    mutationFn: ({ organizationId, message }: { organizationId: string; message: string }) =>
      send(() =>
        portalApi.POST('/api/v1/organizations/{id}/claims', {
          params: { path: { id: organizationId } },
          body: message ? { message } : {},
        }),
      ),
    // Offline a request must fail at once (and say so), not wait paused for the network.
    networkMode: 'always',
    retry: false,
  });
}

export function ClaimForm() {
  const { t } = useTranslation('portal');
  const headingId = useId();
  const session = useSession();
  const claim = useClaim();
  const organisation = useOrganisationChoice();
  const [message, setMessage] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<string | null>(null);
  const inputs = {
    organizationId: useRef<HTMLSelectElement>(null),
    message: useRef<HTMLTextAreaElement>(null),
  };
  const memberOf = new Set(session.data?.user.organizations.map((o) => o.id));

  const showFieldErrors = (errors: Partial<Record<Field, string>>) => {
    setFieldErrors(errors);
    const first = (['organizationId', 'message'] as const).find((field) => errors[field]);
    if (first) inputs[first].current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setResult(null);
    const { chosen } = organisation;
    const errors: Partial<Record<Field, string>> = {};
    if (!chosen) errors.organizationId = t('claim.organisationRequired');
    else if (memberOf.has(chosen.id)) errors.organizationId = t('claim.alreadyMember');
    if (message.trim().length > MESSAGE_MAX_LENGTH) errors.message = t('claim.messageTooLong', { max: MESSAGE_MAX_LENGTH });
    if (!chosen || Object.keys(errors).length > 0) return showFieldErrors(errors);
    setFieldErrors({});
    claim.mutate(
      { organizationId: chosen.id, message: message.trim() },
      {
        onSuccess: () => {
          setResult(t('claim.sent'));
          setMessage('');
          organisation.choose('');
        },
        onError: (error) => {
          const failure = failureOf(error);
          // Both 409s of the API: a member already (the session may predate it), or a request waits.
          if (failure.kind === 'conflict') {
            return showFieldErrors({ organizationId: memberOf.has(chosen.id) ? t('claim.alreadyMember') : t('claim.alreadyPending') });
          }
          if (failure.kind === 'invalid' && failure.fields.includes('message')) {
            return showFieldErrors({ message: t('claim.messageTooLong', { max: MESSAGE_MAX_LENGTH }) });
          }
          if (failure.kind === 'failed' && failure.status === 404) {
            return showFieldErrors({ organizationId: t('claim.organisationNotFound') });
          }
          setAttempt((n) => n + 1);
          setFormError(failureMessage(t, failure));
        },
      },
    );
  };

  if (!session.data) return null;
  return (
    <section aria-labelledby={headingId} className="portal-claim">
      <h2 id={headingId}>{t('claim.title')}</h2>
      <p>{t('claim.intro')}</p>
      <StatusMessage message={result} />
      <form className="portal-form moderation-form" noValidate onSubmit={submit} aria-labelledby={headingId}>
        <FormError message={formError} attempt={attempt} />
        <OrganisationPicker
          ref={inputs.organizationId}
          choice={organisation}
          labels={{
            search: t('claim.search'),
            searchHint: t('claim.searchHint'),
            organisation: t('claim.organisation'),
            placeholder: t('claim.chooseOrganisation'),
            noneFound: t('claim.noOrganisations'),
            more: (count) => t('claim.moreOrganisations', { count }),
          }}
          error={fieldErrors.organizationId}
        />
        <TextAreaField
          ref={inputs.message}
          label={t('claim.message')}
          hint={t('claim.messageHint')}
          value={message}
          onChange={setMessage}
          error={fieldErrors.message}
        />
        <button type="submit" className="button button-primary" disabled={claim.isPending}>
          {claim.isPending ? t('claim.submitting') : t('claim.submit')}
        </button>
      </form>
    </section>
  );
}
