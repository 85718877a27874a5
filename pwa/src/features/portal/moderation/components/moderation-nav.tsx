// The moderators' screens, one tap from each other, and the way back to "Mijn portaal".
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const LINKS = [
  { to: '/portaal/moderatie', label: 'nav.queue' },
  { to: '/portaal/moderatie/meldingen', label: 'nav.feedback' },
  { to: '/portaal/moderatie/aanvragen', label: 'nav.claims' },
  { to: '/portaal/moderatie/verouderd', label: 'nav.stale' },
  { to: '/portaal/uitnodigen', label: 'nav.invite' },
] as const;

export function ModerationNav() {
  const { t } = useTranslation('moderation');
  return (
    <nav className="moderation-nav" aria-label={t('nav.label')}>
      <ul>
        <li>
          <NavLink to="/portaal" end>
            {t('nav.portal')}
          </NavLink>
        </li>
        {LINKS.map((link) => (
          <li key={link.to}>
            {/* `end`: the queue's link is not "current" on the screens below it. */}
            <NavLink to={link.to} end>
              {t(link.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
