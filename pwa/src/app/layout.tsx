// The frame of every screen: skip link, header with navigation and language, the offline and
// update notices, and the page itself.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { UpdatePrompt } from '../features/app-update';
import { startOfflineSync } from '../features/offline';
import { DeviceData } from './device-data';
import { OfflineNotice } from './offline-notice';
import { LanguageSwitcher } from '../components/language-switcher';

export function Layout() {
  const { t } = useTranslation();
  useEffect(() => startOfflineSync(), []);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <NavLink to="/" className="app-name">
          <img src="/icons/icon.svg" alt="" width="28" height="28" />
          <span>{t('appName')}</span>
        </NavLink>
        <nav aria-label={t('nav.label')} className="app-nav">
          <NavLink to="/" end>
            {t('nav.search')}
          </NavLink>
          <NavLink to="/mijn-netwerk">{t('nav.favourites')}</NavLink>
          <NavLink to="/over">{t('nav.about')}</NavLink>
          <NavLink to="/portaal">{t('nav.portal')}</NavLink>
        </nav>
        <LanguageSwitcher />
      </header>
      <OfflineNotice />
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('footer.demo')}</p>
        <DeviceData />
      </footer>
    </>
  );
}
