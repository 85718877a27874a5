// The revision queue: pending revisions with their diffs (`GET /revisions?status=pending`), and
// the two decisions. A decided revision leaves the cached list at once; a 409 refetches it, since
// the service or the revision changed under the moderator's eyes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../../generated/api';
import { portalApi, send } from '../../api/portal-client';
import { readOptions, writeOptions } from './query-defaults';

export type Revision = components['schemas']['RevisionDto'];
export type FieldDiff = components['schemas']['FieldDiffDto'];

export const PENDING_REVISIONS_KEY = ['moderation', 'revisions', 'pending'] as const;

export function fetchPendingRevisions(): Promise<Revision[]> {
  return send(() => portalApi.GET('/api/v1/revisions', { params: { query: { status: 'pending' } } }));
}

export function usePendingRevisions() {
  return useQuery({ queryKey: PENDING_REVISIONS_KEY, queryFn: fetchPendingRevisions, ...readOptions });
}

interface Decision {
  id: string;
  comment: string;
}

export function useApproveRevision() {
  return useMutation({
    mutationFn: ({ id, comment }: Decision) =>
      send(() =>
        portalApi.POST('/api/v1/revisions/{id}/approve', {
          params: { path: { id } },
          body: comment.trim() ? { comment: comment.trim() } : {},
        }),
      ),
    ...writeOptions,
  });
}

export function useRejectRevision() {
  return useMutation({
    mutationFn: ({ id, comment }: Decision) =>
      send(() => portalApi.POST('/api/v1/revisions/{id}/reject', { params: { path: { id } }, body: { comment: comment.trim() } })),
    ...writeOptions,
  });
}

/** Takes a decided revision out of the cached queue; returns the queue as the server has it now. */
export function useRevisionQueueCache() {
  const queryClient = useQueryClient();
  return {
    remove: (id: string) => queryClient.setQueryData<Revision[]>(PENDING_REVISIONS_KEY, (list) => list?.filter((r) => r.id !== id)),
    refetch: () => queryClient.fetchQuery({ queryKey: PENDING_REVISIONS_KEY, queryFn: fetchPendingRevisions, staleTime: 0 }),
  };
}
