import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title (read first by screen readers on navigation): "<page> · Sociale Kaart Antwerpen". */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const app = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
