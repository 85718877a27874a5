// /portaal/moderatie/aanvragen: people asking to manage an organisation's listings, oldest first.
// Approving makes them a member (an editor of that organisation); refusing ends the request.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../../components/page-loading';
import { failureOf } from '../../api/portal-client';
import { failureMessage } from '../../components/failure-message';
import { FormError } from '../../components/form-error';
import { StatusMessage } from '../../components/status-message';
import { type Claim, type ClaimDecision, useDecideClaim, usePendingClaims } from '../api/claims';
import { statusOf } from '../api/query-defaults';
import { formatDateTime } from '../format-value';
import { TextAreaField } from './fields';
import { ModerationLayout } from './moderation-layout';
import { QueryFailure } from './query-failure';

export function ClaimsPage() {
  const { t } = useTranslation('moderation');
  return <ModerationLayout title={t('claims.title')}>{() => <ClaimsQueue />}</ModerationLayout>;
}

function ClaimsQueue() {
  const { t } = useTranslation('moderation');
  const claims = usePendingClaims();
  const [status, setStatus] = useState<string | null>(null);

  if (claims.isPending) return <PageLoading />;
  if (claims.isError) return <QueryFailure error={claims.error} onRetry={() => void claims.refetch()} />;
  return (
    <>
      <p>{t('claims.intro')}</p>
      <StatusMessage message={status} />
      {claims.data.length === 0 ? (
        <p className="notice notice-info">{t('claims.empty')}</p>
      ) : (
        <>
          <p className="moderation-count">{t('claims.count', { count: claims.data.length })}</p>
          <ul className="moderation-list" data-testid="claims-queue">
            {claims.data.map((claim) => (
              <li key={claim.id}>
                <ClaimCard claim={claim} onDecided={setStatus} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function ClaimCard({ claim, onDecided }: { claim: Claim; onDecided: (message: string) => void }) {
  const { t, i18n } = useTranslation('moderation');
  const { t: tp } = useTranslation('portal');
  const decide = useDecideClaim();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const headingId = `claim-${claim.id}`;
  const names = { user: claim.userDisplayName || claim.userEmail, organisation: claim.organizationName };

  const submit = (decision: ClaimDecision) => {
    setError(null);
    decide.mutate(
      { id: claim.id, decision, comment },
      {
        onSuccess: () => {
          decide.remove(claim.id);
          onDecided(t(decision === 'approve' ? 'claims.approved' : 'claims.refused', names));
        },
        onError: (failure) => {
          if (statusOf(failure) === 409) {
            decide.remove(claim.id);
            return onDecided(t('claims.alreadyDecided', names));
          }
          setAttempt((n) => n + 1);
          setError(failureMessage(tp, failureOf(failure)));
        },
      },
    );
  };

  return (
    <article className="moderation-card" aria-labelledby={headingId} data-testid="claim">
      <h2 id={headingId} dir="auto">
        {claim.organizationName}
      </h2>
      <dl className="moderation-facts">
        <dt>{t('claims.applicant')}</dt>
        <dd>
          <span dir="auto">{claim.userDisplayName}</span> <span dir="ltr">&lt;{claim.userEmail}&gt;</span>
        </dd>
        <dt>{t('claims.message')}</dt>
        <dd dir="auto" className="moderation-text">
          {claim.message || <span className="hint">{t('claims.noMessage')}</span>}
        </dd>
        <dt>{t('claims.received')}</dt>
        <dd>
          <time dateTime={claim.createdAt}>{formatDateTime(claim.createdAt, i18n.language)}</time>
        </dd>
      </dl>
      <div className="moderation-decision" role="group" aria-labelledby={headingId}>
        <FormError message={error} attempt={attempt} />
        <TextAreaField label={t('claims.comment')} hint={t('claims.commentHint')} value={comment} onChange={setComment} />
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => submit('approve')} disabled={decide.isPending}>
            {decide.isPending && decide.variables?.decision === 'approve' ? t('claims.deciding') : t('claims.approve')}
          </button>
          <button type="button" className="button" onClick={() => submit('refuse')} disabled={decide.isPending}>
            {decide.isPending && decide.variables?.decision === 'refuse' ? t('claims.deciding') : t('claims.refuse')}
          </button>
        </div>
      </div>
    </article>
  );
}
