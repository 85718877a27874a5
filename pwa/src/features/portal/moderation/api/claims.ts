// Requests to manage an organisation (`GET /claims`, pending ones oldest first), approved or
// refused with an optional comment. A decided claim leaves the cached list at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../../generated/api';
import { portalApi, send } from '../../api/portal-client';
import { readOptions, writeOptions } from './query-defaults';

export type Claim = components['schemas']['ClaimDto'];
export type ClaimDecision = 'approve' | 'refuse';

const PENDING_CLAIMS_KEY = ['moderation', 'claims', 'pending'] as const;

export function usePendingClaims() {
  return useQuery({
    queryKey: PENDING_CLAIMS_KEY,
    queryFn: () => send(() => portalApi.GET('/api/v1/claims', { params: { query: { status: 'pending' } } })),
    ...readOptions,
  });
}

export function useDecideClaim() {
  const queryClient = useQueryClient();
  const remove = (id: string) => queryClient.setQueryData<Claim[]>(PENDING_CLAIMS_KEY, (list) => list?.filter((c) => c.id !== id));
  const mutation = useMutation({
    mutationFn: ({ id, decision, comment }: { id: string; decision: ClaimDecision; comment: string }) => {
      const options = { params: { path: { id } }, body: comment.trim() ? { comment: comment.trim() } : {} };
      return send(() =>
        decision === 'approve'
          ? portalApi.POST('/api/v1/claims/{id}/approve', options)
          : portalApi.POST('/api/v1/claims/{id}/refuse', options),
      );
    },
    ...writeOptions,
  });
  return { ...mutation, remove };
}
