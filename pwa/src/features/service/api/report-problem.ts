// "Report a problem" on a listing: POST /api/v1/services/{id}/feedback. Sent only with a
// connection (no queue on the device: a report is worth little without the moment it was seen);
// failures come back as a ReportProblemError the form can show next to the field or in its status.
import { useMutation } from '@tanstack/react-query';
import type { components } from '../../../generated/api';
import { api } from '../../../lib/api-client';

type CreateFeedback = components['schemas']['CreateFeedbackDto'];
export type FeedbackTopic = CreateFeedback['topic'];
export type FeedbackReceipt = components['schemas']['FeedbackReceiptDto'];
export type ReportField = keyof CreateFeedback;

export const FEEDBACK_TOPICS: readonly FeedbackTopic[] = ['closed', 'wrong-hours', 'wrong-contact', 'other'];
/** As the API counts: characters (code points), after trimming. */
export const MESSAGE_MAX_LENGTH = 1000;

export function messageLength(message: string): number {
  return [...message.trim()].length;
}

export type ReportFailure =
  { kind: 'offline' } | { kind: 'invalid'; fields: ReportField[] } | { kind: 'rate-limited' } | { kind: 'failed' };

export class ReportProblemError extends Error {
  constructor(readonly failure: ReportFailure) {
    super(failure.kind);
    this.name = 'ReportProblemError';
  }
}

const FIELDS: readonly string[] = ['topic', 'message'] satisfies ReportField[];

function invalidFields(body: unknown): ReportField[] {
  const errors = (body as { errors?: { name?: unknown }[] } | undefined)?.errors ?? [];
  return errors.map((e) => String(e.name)).filter((name): name is ReportField => FIELDS.includes(name));
}

export async function reportProblem(serviceId: string, report: CreateFeedback): Promise<FeedbackReceipt> {
  if (!navigator.onLine) throw new ReportProblemError({ kind: 'offline' });
  let result;
  try {
    result = await api.POST('/api/v1/services/{id}/feedback', { params: { path: { id: serviceId } }, body: report });
  } catch (error) {
    // fetch rejects with a TypeError when the connection drops.
    if (error instanceof TypeError) throw new ReportProblemError({ kind: 'offline' });
    throw error;
  }
  const { data, error, response } = result;
  if (data) return data;
  if (response.status === 400) {
    const fields = invalidFields(error);
    throw new ReportProblemError(fields.length > 0 ? { kind: 'invalid', fields } : { kind: 'failed' });
  }
  throw new ReportProblemError({ kind: response.status === 429 ? 'rate-limited' : 'failed' });
}

export function useReportProblem(serviceId: string) {
  return useMutation({
    mutationFn: (report: CreateFeedback) => reportProblem(serviceId, report),
    // Offline the mutation must fail at once (and say so), not wait paused for the network.
    networkMode: 'always',
    retry: false,
  });
}
