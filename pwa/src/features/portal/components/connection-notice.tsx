// The portal talks to the server for everything: offline it says so up front instead of letting
// a form fail without a word.
import { useTranslation } from 'react-i18next';
import { useOfflineStatus } from '../../offline';

export function ConnectionNotice() {
  const { t } = useTranslation('portal');
  const { isOnline } = useOfflineStatus();
  if (isOnline) return null;
  return (
    <p className="notice notice-warning" role="status">
      {t('offline')}
    </p>
  );
}
