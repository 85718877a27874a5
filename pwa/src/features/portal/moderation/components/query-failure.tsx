// A list that could not be loaded: why, in words (session over, no access, gone, offline), and a
// way on: log in again or try again.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { failureOf } from '../../api/portal-client';
import { failureMessage } from '../../components/failure-message';
import { statusOf } from '../api/query-defaults';

interface Props {
  error: unknown;
  onRetry: () => void;
  /** The words for a 403 on this screen. */
  deniedMessage?: string;
}

export function QueryFailure({ error, onRetry, deniedMessage }: Props) {
  const { t } = useTranslation('moderation');
  const { t: tp } = useTranslation('portal');
  const status = statusOf(error);
  if (status === 401) {
    return (
      <p className="notice notice-error">
        {t('access.expired')} <Link to="/portaal/aanmelden">{t('access.login')}</Link>
      </p>
    );
  }
  if (status === 403) {
    return (
      <p className="notice notice-error" data-testid="no-access">
        {deniedMessage ?? t('access.denied')}
      </p>
    );
  }
  if (status === 404) return <p className="notice notice-error">{t('access.notFound')}</p>;
  return (
    <div className="notice notice-error">
      <p>{failureMessage(tp, failureOf(error))}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
