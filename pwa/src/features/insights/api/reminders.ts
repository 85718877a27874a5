// GET and POST /api/v1/insights/freshness/reminders (moderators and admins): the organisations with
// stale listings and their reminder mail; sending them, with the session's CSRF token.
import { toApiError } from '../../../lib/api-client';
import { getInsight } from './insights-client';

export interface Reminders {
  week: string;
  /** All organisations with stale listings; `reminders` holds the first 100. */
  total: number;
  reminders: {
    organization: { id: string; name: string; email: string | null };
    staleListings: { id: string; name: string; lastVerifiedAt: string | null }[];
    mail: { to: string; subject: string; text: string } | null;
    sentThisWeekAt: string | null;
  }[];
}

export interface SentReminders {
  week: string;
  sent: string[];
  skipped: { organizationId: string; reason: string }[];
}

const REMINDERS_PATH = '/api/v1/insights/freshness/reminders';

export function getReminders(signal: AbortSignal): Promise<Reminders> {
  return getInsight<Reminders>(REMINDERS_PATH, {}, signal);
}

export async function sendReminders(organizationIds: string[], csrfToken: string): Promise<SentReminders> {
  const response = await fetch(REMINDERS_PATH, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'X-CSRF-Token': csrfToken },
    body: JSON.stringify({ organizationIds }),
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, body);
  return body as SentReminders;
}
