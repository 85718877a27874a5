// One change in a service's history, and for moderators the rollback to it, confirmed in a second
// step: a rollback is itself recorded, but it does change what the public sees at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureOf } from '../../api/portal-client';
import { failureMessage } from '../../components/failure-message';
import { FormError } from '../../components/form-error';
import { type HistoryChange, useRollback } from '../api/history';
import { statusOf } from '../api/query-defaults';
import { formatDateTime } from '../format-value';
import { DiffTable } from './diff-table';

interface Props {
  serviceId: string;
  change: HistoryChange;
  /** The newest change: the service is as it left it, there is nothing to go back to. */
  isCurrent: boolean;
  canRollBack: boolean;
  onRolledBack: (message: string) => void;
}

export function HistoryChangeItem({ serviceId, change, isCurrent, canRollBack, onRolledBack }: Props) {
  const { t, i18n } = useTranslation('moderation');
  const { t: tp } = useTranslation('portal');
  const rollback = useRollback(serviceId);
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const at = formatDateTime(change.at, i18n.language);
  const headingId = `change-${change.id}`;
  const who = change.updatedByEmail ?? t(`history.actors.${change.updatedBy}`, { defaultValue: t('common.unknownUser') });

  const confirm = () => {
    setError(null);
    rollback.mutate(change.id, {
      onSuccess: (result) => {
        setIsConfirming(false);
        onRolledBack(result.outcome === 'unchanged' ? t('history.rollbackUnchanged') : t('history.rolledBack', { at }));
      },
      onError: (failure) => {
        setAttempt((n) => n + 1);
        setError(statusOf(failure) === 409 ? t('history.conflict') : failureMessage(tp, failureOf(failure)));
      },
    });
  };

  return (
    <article className="moderation-card" aria-labelledby={headingId} data-testid="history-change">
      <h2 id={headingId}>
        <time dateTime={change.at}>{at}</time>
      </h2>
      <dl className="moderation-facts">
        <dt>{t('common.by')}</dt>
        <dd dir="ltr">{who}</dd>
        <dt>{t('history.action')}</dt>
        <dd>
          {t(`history.actions.${change.actionType}`, { defaultValue: change.actionType })}
          {change.revisionId && ` · ${t('history.approvedRevision')}`}
        </dd>
      </dl>
      <DiffTable fields={change.fields} caption={t('diff.caption')} beforeLabel={t('diff.before')} afterLabel={t('diff.after')} />
      {isCurrent && <p className="hint">{t('history.current')}</p>}
      {canRollBack && !isCurrent && (
        <div className="moderation-decision">
          <FormError message={error} attempt={attempt} />
          {isConfirming ? (
            <>
              <p>{t('history.confirm')}</p>
              <div className="actions">
                <button type="button" className="button button-primary" onClick={confirm} disabled={rollback.isPending}>
                  {rollback.isPending ? t('history.rollingBack') : t('history.confirmYes')}
                </button>
                <button type="button" className="button" onClick={() => setIsConfirming(false)} disabled={rollback.isPending}>
                  {t('history.cancel')}
                </button>
              </div>
            </>
          ) : (
            <button type="button" className="button" onClick={() => setIsConfirming(true)}>
              {t('history.rollback')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
