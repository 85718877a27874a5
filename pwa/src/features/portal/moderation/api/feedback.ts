// Problems visitors reported on a listing (`GET /feedback`, open ones oldest first) and resolving
// one with a note. A resolved report leaves the cached page at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../../generated/api';
import { portalApi, send } from '../../api/portal-client';
import { readOptions, writeOptions } from './query-defaults';

export type FeedbackItem = components['schemas']['FeedbackItemDto'];
type FeedbackPage = components['schemas']['FeedbackItemPageDto'];

export const FEEDBACK_PAGE_SIZE = 50;
const openFeedbackKey = (page: number) => ['moderation', 'feedback', 'open', page] as const;

export function useOpenFeedback(page: number) {
  return useQuery({
    queryKey: openFeedbackKey(page),
    queryFn: () =>
      send(() => portalApi.GET('/api/v1/feedback', { params: { query: { status: 'open', page, pageSize: FEEDBACK_PAGE_SIZE } } })),
    ...readOptions,
  });
}

export function useResolveFeedback(page: number) {
  const queryClient = useQueryClient();
  const remove = (id: string) =>
    queryClient.setQueryData<FeedbackPage>(openFeedbackKey(page), (current) =>
      current ? { ...current, items: current.items.filter((item) => item.id !== id), total: Math.max(0, current.total - 1) } : current,
    );
  const mutation = useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      send(() => portalApi.POST('/api/v1/feedback/{id}/resolve', { params: { path: { id } }, body: { note: note.trim() } })),
    ...writeOptions,
  });
  return { ...mutation, remove };
}
