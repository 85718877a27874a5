// The organisation portal (issue #5): login, setting a password from a mailed link, "Mijn portaal",
// and the session that later portal screens build on.
export { LoginPage } from './components/login-page';
export { PasswordPage } from './components/password-page';
export { PortalPage } from './components/portal-page';
export { canEdit, useKnownSession, useSession } from './api/session';
export type { PortalSession, PortalUser, Role } from './api/session-cache';
