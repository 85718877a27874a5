// A service's history (`GET /services/{id}/history`, newest first) and the rollback to a change,
// which needs the service's current version: read fresh right before, so a rollback is refused
// (409) only when someone really changed the service meanwhile.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../../generated/api';
import { portalApi, send } from '../../api/portal-client';
import { readOptions, writeOptions } from './query-defaults';

export type HistoryChange = components['schemas']['HistoryChangeDto'];
export type EditableService = components['schemas']['EditableListingDto'];

const historyKey = (serviceId: string) => ['moderation', 'history', serviceId] as const;
const editableKey = (serviceId: string) => ['moderation', 'editable', serviceId] as const;

export function useServiceHistory(serviceId: string) {
  return useQuery({
    queryKey: historyKey(serviceId),
    queryFn: () => send(() => portalApi.GET('/api/v1/services/{id}/history', { params: { path: { id: serviceId } } })),
    ...readOptions,
  });
}

function fetchEditable(serviceId: string): Promise<EditableService> {
  return send(() => portalApi.GET('/api/v1/services/{id}/editable', { params: { path: { id: serviceId } } }));
}

/** For the heading: the service's name as stored, published or not. */
export function useEditableService(serviceId: string) {
  return useQuery({ queryKey: editableKey(serviceId), queryFn: () => fetchEditable(serviceId), ...readOptions });
}

export function useRollback(serviceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (toChangeId: string) => {
      const { version } = await queryClient.fetchQuery({
        queryKey: editableKey(serviceId),
        queryFn: () => fetchEditable(serviceId),
        staleTime: 0,
      });
      return send(() =>
        portalApi.POST('/api/v1/services/{id}/rollback', { params: { path: { id: serviceId } }, body: { toChangeId, version } }),
      );
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: historyKey(serviceId) }),
        queryClient.invalidateQueries({ queryKey: editableKey(serviceId) }),
      ]),
    ...writeOptions,
  });
}
