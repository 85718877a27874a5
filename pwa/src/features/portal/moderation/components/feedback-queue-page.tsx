// /portaal/moderatie/meldingen: problems visitors reported on a listing, oldest first, each
// resolved with a note on what was done. A resolved report leaves the list and the page says so.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../../../components/page-loading';
import { failureOf } from '../../api/portal-client';
import { failureMessage } from '../../components/failure-message';
import { FormError } from '../../components/form-error';
import { StatusMessage } from '../../components/status-message';
import { type FeedbackItem, useOpenFeedback, useResolveFeedback } from '../api/feedback';
import { statusOf } from '../api/query-defaults';
import { formatDateTime } from '../format-value';
import { TextAreaField } from './fields';
import { ModerationLayout } from './moderation-layout';
import { QueryFailure } from './query-failure';

export function FeedbackQueuePage() {
  const { t } = useTranslation('moderation');
  return <ModerationLayout title={t('feedback.title')}>{() => <FeedbackQueue />}</ModerationLayout>;
}

function FeedbackQueue() {
  const { t } = useTranslation('moderation');
  const [page, setPage] = useState(1);
  const feedback = useOpenFeedback(page);
  const [status, setStatus] = useState<string | null>(null);

  if (feedback.isPending) return <PageLoading />;
  if (feedback.isError) return <QueryFailure error={feedback.error} onRetry={() => void feedback.refetch()} />;
  const { items, total, totalPages } = feedback.data;
  return (
    <>
      <p>{t('feedback.intro')}</p>
      <StatusMessage message={status} />
      {items.length === 0 ? (
        <p className="notice notice-info">{t('feedback.empty')}</p>
      ) : (
        <>
          <p className="moderation-count">{t('feedback.count', { count: total })}</p>
          <ul className="moderation-list" data-testid="feedback-queue">
            {items.map((item) => (
              <li key={item.id}>
                <FeedbackCard item={item} page={page} onResolved={setStatus} />
              </li>
            ))}
          </ul>
        </>
      )}
      {totalPages > 1 && (
        <nav className="pager" aria-label={t('stale.pages')}>
          <button type="button" className="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('stale.previous')}
          </button>
          <span>{t('stale.page', { page, total: totalPages })}</span>
          <button type="button" className="button" disabled={page >= totalPages} onClick={() => setPage(page + 1)}>
            {t('stale.next')}
          </button>
        </nav>
      )}
    </>
  );
}

function FeedbackCard({ item, page, onResolved }: { item: FeedbackItem; page: number; onResolved: (message: string) => void }) {
  const { t, i18n } = useTranslation('moderation');
  const { t: tp } = useTranslation('portal');
  const resolve = useResolveFeedback(page);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const headingId = `feedback-${item.id}`;
  const name = item.service.name;

  const submit = () => {
    setError(null);
    resolve.mutate(
      { id: item.id, note },
      {
        onSuccess: () => {
          resolve.remove(item.id);
          onResolved(t('feedback.resolved', { name }));
        },
        onError: (failure) => {
          if (statusOf(failure) === 409) {
            resolve.remove(item.id);
            return onResolved(t('feedback.alreadyResolved', { name }));
          }
          setAttempt((n) => n + 1);
          setError(failureMessage(tp, failureOf(failure)));
        },
      },
    );
  };

  return (
    <article className="moderation-card" aria-labelledby={headingId} data-testid="feedback">
      <h2 id={headingId}>
        <Link to={`/diensten/${item.service.id}`} dir="auto">
          {name}
        </Link>
      </h2>
      <dl className="moderation-facts">
        <dt>{t('feedback.topic')}</dt>
        <dd>{t(`feedback.topics.${item.topic}`, { defaultValue: item.topic })}</dd>
        <dt>{t('feedback.message')}</dt>
        <dd dir="auto" className="moderation-text">
          {item.message || <span className="hint">{t('feedback.noMessage')}</span>}
        </dd>
        <dt>{t('feedback.received')}</dt>
        <dd>
          <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, i18n.language)}</time>
        </dd>
      </dl>
      <p>
        <Link to={`/portaal/diensten/${item.service.id}/geschiedenis`}>{t('common.history')}</Link>
      </p>
      <div className="moderation-decision" role="group" aria-labelledby={headingId}>
        <FormError message={error} attempt={attempt} />
        <TextAreaField label={t('feedback.note')} hint={t('feedback.noteHint')} value={note} onChange={setNote} />
        <div className="actions">
          <button type="button" className="button button-primary" onClick={submit} disabled={resolve.isPending}>
            {resolve.isPending ? t('feedback.resolving') : t('feedback.resolve')}
          </button>
        </div>
      </div>
    </article>
  );
}
