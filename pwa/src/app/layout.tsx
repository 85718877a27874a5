// The frame of every screen: skip link, a compact header (name, language menu), the main
// navigation (in the header on a wide screen, a bottom bar on a phone, where the thumb is), the
// offline and update notices, and the page itself.
import { Bookmark, ChartColumn, Info, Search, UserRound } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { UpdatePrompt } from '../features/app-update';
import { startOfflineSync } from '../features/offline';
import { Icon } from '../components/icon';
import { LanguageSwitcher } from '../components/language-switcher';
import { DeviceData } from './device-data';
import { OfflineNotice } from './offline-notice';

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
            <Icon icon={Search} />
            <span>{t('nav.search')}</span>
          </NavLink>
          <NavLink to="/mijn-netwerk">
            <Icon icon={Bookmark} />
            <span>{t('nav.favourites')}</span>
          </NavLink>
          <NavLink to="/inzicht">
            <Icon icon={ChartColumn} />
            <span>{t('nav.insights')}</span>
          </NavLink>
          <NavLink to="/over">
            <Icon icon={Info} />
            <span>{t('nav.about')}</span>
          </NavLink>
          <NavLink to="/portaal">
            <Icon icon={UserRound} />
            <span>{t('nav.portal')}</span>
          </NavLink>
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
