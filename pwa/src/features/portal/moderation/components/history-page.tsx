// /portaal/diensten/:id/geschiedenis: every recorded change of a service, newest first: when, who,
// what kind, and each field before and after. Editors of the organisation may read it; moderators
// and admins can also put the service back as it was right after an older change.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoading } from '../../../../components/page-loading';
import { StatusMessage } from '../../components/status-message';
import { useEditableService, useServiceHistory } from '../api/history';
import { HistoryChangeItem } from './history-change';
import { isModerator, ModerationLayout } from './moderation-layout';
import { QueryFailure } from './query-failure';

export function HistoryPage() {
  const { t } = useTranslation('moderation');
  const { id = '' } = useParams();
  return (
    <ModerationLayout title={t('history.title')} audience="members">
      {(user) => <ServiceHistory serviceId={id} canRollBack={isModerator(user)} />}
    </ModerationLayout>
  );
}

function ServiceHistory({ serviceId, canRollBack }: { serviceId: string; canRollBack: boolean }) {
  const { t } = useTranslation('moderation');
  const history = useServiceHistory(serviceId);
  // Only for the name: the history reads well without it.
  const service = useEditableService(serviceId);
  const [status, setStatus] = useState<string | null>(null);

  if (history.isPending) return <PageLoading />;
  if (history.isError) {
    return <QueryFailure error={history.error} onRetry={() => void history.refetch()} deniedMessage={t('access.deniedHistory')} />;
  }
  return (
    <>
      {service.data && (
        <p className="moderation-subtitle" dir="auto" data-testid="history-service">
          {t('history.titleOf', { name: service.data.name })}
        </p>
      )}
      <p>{t('history.intro')}</p>
      <StatusMessage message={status} />
      {history.data.length === 0 ? (
        <p className="notice notice-info">{t('history.empty')}</p>
      ) : (
        <ol className="moderation-list" data-testid="history">
          {history.data.map((change, index) => (
            <li key={change.id}>
              <HistoryChangeItem
                serviceId={serviceId}
                change={change}
                isCurrent={index === 0}
                canRollBack={canRollBack}
                onRolledBack={setStatus}
              />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
