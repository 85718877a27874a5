// /portaal/moderatie: the editors' proposed changes, oldest first, each with its diff against what
// is published now. A decision takes the proposal out of the list and says what happened.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../../components/page-loading';
import { StatusMessage } from '../../components/status-message';
import { usePendingRevisions } from '../api/revisions';
import { ModerationLayout } from './moderation-layout';
import { QueryFailure } from './query-failure';
import { RevisionCard } from './revision-card';

export function RevisionQueuePage() {
  const { t } = useTranslation('moderation');
  return <ModerationLayout title={t('queue.title')}>{() => <RevisionQueue />}</ModerationLayout>;
}

function RevisionQueue() {
  const { t } = useTranslation('moderation');
  const revisions = usePendingRevisions();
  const [status, setStatus] = useState<string | null>(null);

  if (revisions.isPending) return <PageLoading />;
  if (revisions.isError) return <QueryFailure error={revisions.error} onRetry={() => void revisions.refetch()} />;
  return (
    <>
      <p>{t('queue.intro')}</p>
      <StatusMessage message={status} />
      {revisions.data.length === 0 ? (
        <p className="notice notice-info">{t('queue.empty')}</p>
      ) : (
        <>
          <p className="moderation-count">{t('queue.count', { count: revisions.data.length })}</p>
          <ul className="moderation-list" data-testid="revision-queue">
            {revisions.data.map((revision) => (
              <li key={revision.id}>
                <RevisionCard revision={revision} onDecided={setStatus} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
