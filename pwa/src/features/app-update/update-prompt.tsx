// Registers the service worker with workbox-window and, when a new version is waiting, offers to
// reload into it. The new worker only takes over when the user says so: a social worker in the
// middle of a referral must not have the page change under them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Workbox } from 'workbox-window';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState<Workbox | null>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    const workbox = new Workbox('/sw.js');
    workbox.addEventListener('waiting', () => setWaiting(workbox));
    void workbox.register();
  }, []);

  if (!waiting) return null;
  return (
    <div className="notice notice-update" role="status" data-testid="update-prompt">
      <p>{t('update.available')}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => {
          // Reload once the new version controls the page: then every file comes from one version.
          waiting.addEventListener('controlling', () => window.location.reload());
          waiting.messageSkipWaiting();
        }}
      >
        {t('update.reload')}
      </button>
    </div>
  );
}
