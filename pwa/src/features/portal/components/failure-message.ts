// The words for a failed portal call that no field owns. Screens handle their own special cases
// (a 401 at login, a spent link) before falling back to these.
import type { TFunction } from 'i18next';
import type { PortalFailure } from '../api/portal-client';

export function failureMessage(t: TFunction<'portal'>, failure: PortalFailure): string {
  switch (failure.kind) {
    case 'offline':
      return t('errors.offline');
    case 'rate-limited': {
      const seconds = failure.retryAfterSeconds;
      if (seconds === null) return t('errors.rateLimited');
      return seconds < 60
        ? t('errors.rateLimitedSeconds', { count: Math.max(1, seconds) })
        : t('errors.rateLimitedMinutes', { count: Math.ceil(seconds / 60) });
    }
    case 'invalid':
    case 'unauthorised':
    case 'gone':
    case 'conflict':
    case 'failed':
      return t('errors.failed');
  }
}
