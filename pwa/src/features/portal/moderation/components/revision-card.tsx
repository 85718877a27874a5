// One proposed change: which service, whose proposal, the diff, and approve or reject. Rejecting
// needs a comment (the author reads it); approving a proposal whose base version is outdated is a
// 409, which the card explains after checking the queue again.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { failureOf } from '../../api/portal-client';
import { failureMessage } from '../../components/failure-message';
import { FormError } from '../../components/form-error';
import { statusOf } from '../api/query-defaults';
import { type Revision, useApproveRevision, useRejectRevision, useRevisionQueueCache } from '../api/revisions';
import { formatDateTime } from '../format-value';
import { DiffTable } from './diff-table';
import { TextAreaField } from './fields';

interface Props {
  revision: Revision;
  /** Called with what happened once the revision is decided (and gone from the queue). */
  onDecided: (message: string) => void;
}

export function RevisionCard({ revision, onDecided }: Props) {
  const { t, i18n } = useTranslation('moderation');
  const { t: tp } = useTranslation('portal');
  const approve = useApproveRevision();
  const reject = useRejectRevision();
  const queue = useRevisionQueueCache();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const commentInput = useRef<HTMLTextAreaElement>(null);
  const headingId = `revision-${revision.id}`;
  const name = revision.resourceName;
  const isBusy = approve.isPending || reject.isPending;
  const isOutdated = revision.currentVersion !== revision.baseVersion;
  // A draft (or archived listing) has no public page yet: the portal's editor shows it as stored.
  const listingPath = revision.publishes ? `/portaal/diensten/${revision.resourceId}` : `/diensten/${revision.resourceId}`;

  const fail = (message: string) => {
    setAttempt((n) => n + 1);
    setFormError(message);
  };

  /** A 409: the service changed (the card stays, now showing why) or the revision was decided elsewhere. */
  const explainConflict = async () => {
    const fresh = await queue.refetch().catch(() => null);
    const now = fresh?.find((r) => r.id === revision.id);
    if (fresh && !now) return onDecided(t('queue.alreadyDecided', { name }));
    fail(t('queue.conflict'));
  };

  const onError = (error: unknown) => {
    if (statusOf(error) === 409) return void explainConflict();
    const failure = failureOf(error);
    if (failure.kind === 'invalid' && failure.fields.includes('comment')) {
      setCommentError(t('queue.commentRequired'));
      return commentInput.current?.focus();
    }
    fail(failureMessage(tp, failure));
  };

  const decided = (message: string) => {
    queue.remove(revision.id);
    onDecided(message);
  };

  const onApprove = () => {
    setFormError(null);
    setCommentError(null);
    approve.mutate(
      { id: revision.id, comment },
      {
        onSuccess: (result) => decided(t(result.outcome === 'unchanged' ? 'queue.approvedUnchanged' : 'queue.approved', { name })),
        onError,
      },
    );
  };

  const onReject = () => {
    setFormError(null);
    if (!comment.trim()) {
      setCommentError(t('queue.commentRequired'));
      return commentInput.current?.focus();
    }
    setCommentError(null);
    reject.mutate({ id: revision.id, comment }, { onSuccess: () => decided(t('queue.rejected', { name })), onError });
  };

  return (
    <article className="moderation-card" aria-labelledby={headingId} data-testid="revision">
      <h2 id={headingId}>
        <Link to={listingPath} dir="auto">
          {name}
        </Link>
      </h2>
      <dl className="moderation-facts">
        <dt>{t('common.organisation')}</dt>
        <dd dir="auto">{revision.organizationName}</dd>
        <dt>{t('queue.author')}</dt>
        <dd dir="ltr">{revision.authorEmail ?? t('common.unknownUser')}</dd>
        <dt>{t('queue.submitted')}</dt>
        <dd>
          <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt, i18n.language)}</time>
        </dd>
      </dl>
      {isOutdated && (
        <p className="notice notice-warning" data-testid="revision-outdated">
          {t('queue.outdated', { base: revision.baseVersion, current: revision.currentVersion })}
        </p>
      )}
      {revision.publishes && (
        <p className="notice notice-warning" data-testid="revision-publishes">
          {t('queue.publishes')} <Link to={listingPath}>{t('queue.openDraft')}</Link>
        </p>
      )}
      <DiffTable
        fields={revision.diff}
        caption={t(revision.publishes ? 'diff.captionPublish' : 'diff.caption')}
        beforeLabel={t('diff.published')}
        afterLabel={t(revision.publishes ? 'diff.goesOnline' : 'diff.proposed')}
      />
      <p>
        <Link to={`/portaal/diensten/${revision.resourceId}/geschiedenis`}>{t('common.history')}</Link>
      </p>
      <div className="moderation-decision" role="group" aria-labelledby={headingId}>
        <FormError message={formError} attempt={attempt} />
        <TextAreaField
          ref={commentInput}
          label={t('queue.comment')}
          hint={t('queue.commentHint')}
          value={comment}
          onChange={setComment}
          error={commentError}
        />
        <div className="actions">
          <button type="button" className="button button-primary" onClick={onApprove} disabled={isBusy}>
            {approve.isPending ? t('queue.deciding') : t('queue.approve')}
          </button>
          <button type="button" className="button" onClick={onReject} disabled={isBusy}>
            {reject.isPending ? t('queue.deciding') : t('queue.reject')}
          </button>
        </div>
      </div>
    </article>
  );
}
