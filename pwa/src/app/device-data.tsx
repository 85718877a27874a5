// How many listings this phone holds and how fresh they are: the worker can see before going into
// a basement that the map is on the device.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';
import { useOfflineStatus } from '../features/offline';

export function DeviceData() {
  const { t, i18n } = useTranslation('offline');
  const { hasLoaded, serviceCount, syncedAt } = useOfflineStatus();
  if (!hasLoaded || serviceCount === 0 || !syncedAt) return null;
  return (
    <p className="hint" data-testid="device-data" data-count={serviceCount}>
      {t('deviceData', { count: serviceCount, when: formatDateTime(syncedAt, i18n.language) })}
    </p>
  );
}
