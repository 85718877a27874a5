// The frame of the insights pages: the title, one line on what the page shows, and the links
// between coverage, gaps, searches, freshness and the district reports. Public pages: the
// search analytics show moderators more (free text) inside the page itself.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';

const LINKS = [
  { to: '/inzicht', label: 'nav.coverage' },
  { to: '/inzicht/hiaten', label: 'nav.gaps' },
  { to: '/inzicht/zoekopdrachten', label: 'nav.searches' },
  { to: '/inzicht/actualiteit', label: 'nav.freshness' },
  { to: '/inzicht/rapport', label: 'nav.reports' },
] as const;

interface Props {
  title: string;
  intro: string;
  children: ReactNode;
}

export function InsightsLayout({ title, intro, children }: Props) {
  const { t } = useTranslation('insights');
  useDocumentTitle(title);
  return (
    <section className="page insights-page">
      <nav className="insights-nav" aria-label={t('nav.label')}>
        <ul>
          {LINKS.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end={link.to === '/inzicht'}>
                {t(link.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <h1>{title}</h1>
      <p className="insights-intro">{intro}</p>
      {children}
    </section>
  );
}
