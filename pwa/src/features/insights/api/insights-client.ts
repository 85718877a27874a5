// Reading the insights API: public JSON, same origin, with the session cookie (moderators get
// the free text of searches). Failures become an ApiError as elsewhere in the app.
import { toApiError } from '../../../lib/api-client';

export async function getInsight<T>(path: string, query: Record<string, string>, signal?: AbortSignal): Promise<T> {
  const url = `${path}?${new URLSearchParams(query).toString()}`;
  const response = await fetch(url, { credentials: 'same-origin', signal, headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}
