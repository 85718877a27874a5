// What a failed save says, the same for a service and an organisation: invalid fields (each named
// by the API, with its reason), a conflict with someone who saved first, or the portal's words for
// no connection and other failures.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureOf } from '../api/portal-client';
import { failureMessage } from '../components/failure-message';

export interface SaveFailure {
  message: string;
  /** Changes with every failure, so the same message is announced again. */
  key: number;
  /** Someone else saved first: offer the current version. */
  isConflict: boolean;
}

/**
 * `fail(error, onInvalid)` sets the failure to show; on a 400 it hands the API's reasons (by input
 * name, already in words) to `onInvalid` so the form puts each next to its field.
 */
export function useSaveFailure() {
  const { t } = useTranslation('editor');
  const { t: tPortal } = useTranslation('portal');
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const show = useCallback((message: string, isConflict = false) => setFailure({ message, key: Date.now(), isConflict }), []);
  const fail = useCallback(
    (error: unknown, onInvalid: (reasons: Record<string, string>) => void) => {
      const reason = failureOf(error);
      if (reason.kind === 'invalid') {
        onInvalid(Object.fromEntries(Object.entries(reason.reasons).map(([name, why]) => [name, t('page.invalid', { reason: why })])));
        show(t('page.fixErrors'));
      } else if (reason.kind === 'conflict') {
        show(t('page.conflict'), true);
      } else {
        show(failureMessage(tPortal, reason));
      }
    },
    [show, t, tPortal],
  );
  return { failure, fail, show, clear: useCallback(() => setFailure(null), []) };
}
