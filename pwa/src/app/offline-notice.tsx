// Says when the app answers from the device, and how old that data is ("Offline — gegevens van
// 6 december, 14:02"): a social worker must know whether an opening hour may have changed since.
import { useTranslation } from 'react-i18next';
import { formatDayTime } from '../lib/format';
import { useOfflineStatus } from '../features/offline';
import { WifiOff } from 'lucide-react';
import { Icon } from '../components/icon';

export function OfflineNotice() {
  const { t, i18n } = useTranslation('offline');
  const status = useOfflineStatus();
  if (!status.hasLoaded) return null;
  if (status.isOnline && !status.error) {
    return status.isSyncing && status.serviceCount === 0 ? (
      <p className="notice notice-info" role="status">
        {t('downloading')}
      </p>
    ) : null;
  }
  if (!status.isOnline) {
    return (
      <p className="notice notice-offline" role="status" data-testid="offline-notice">
        <Icon icon={WifiOff} />
        {status.syncedAt
          ? t('offlineSince', { when: formatDayTime(status.syncedAt, i18n.language), count: status.serviceCount })
          : t('offlineNoData')}
      </p>
    );
  }
  return (
    <p className="notice notice-warning" role="status">
      {status.syncedAt ? t('syncFailedSince', { when: formatDayTime(status.syncedAt, i18n.language) }) : t('syncFailed')}
    </p>
  );
}
