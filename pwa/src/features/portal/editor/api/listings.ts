// The portal's listing calls: a service as stored (any publication state, with its pending
// revisions), saving changes with the version that was read, "still correct", an organisation's
// services, a new draft service, and marking an organisation trusted. Online only.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../../generated/api';
import { portalApi, send } from '../../api/portal-client';
import type { ListingValues } from '../listing-values';

export type EditableListing = components['schemas']['EditableListingDto'];
export type EditResult = components['schemas']['EditResultDto'];
export type PendingRevision = components['schemas']['RevisionDto'];
export type OrganisationListings = components['schemas']['OrganizationListingsDto'];

const serviceKey = (id: string) => ['portal', 'service', id] as const;
const organisationKey = (id: string) => ['portal', 'organisation', id] as const;

const onlineOnly = { networkMode: 'always', retry: false } as const;

export function useEditableService(id: string) {
  return useQuery({
    queryKey: serviceKey(id),
    queryFn: () => send(() => portalApi.GET('/api/v1/services/{id}/editable', { params: { path: { id } } })),
    // The editor holds its own draft: refetching behind it would move the version under the form.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    ...onlineOnly,
  });
}

export function useSaveService(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: Partial<ListingValues> }) =>
      send(() =>
        portalApi.PATCH('/api/v1/services/{id}', {
          params: { path: { id } },
          body: { version, changes: changes },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['portal', 'organisation'] }),
    ...onlineOnly,
  });
}

export function useVerifyService(id: string) {
  return useMutation({
    mutationFn: () => send(() => portalApi.POST('/api/v1/services/{id}/verify', { params: { path: { id } } })),
    ...onlineOnly,
  });
}

export function useOrganisationListings(id: string) {
  return useQuery({
    queryKey: organisationKey(id),
    queryFn: () => send(() => portalApi.GET('/api/v1/organizations/{id}/listings', { params: { path: { id } } })),
    ...onlineOnly,
  });
}

export function useCreateService(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      send(() => portalApi.POST('/api/v1/organizations/{id}/services', { params: { path: { id: organisationId } }, body: { name } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: organisationKey(organisationId) }),
    ...onlineOnly,
  });
}

export function useSetTrusted(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (isTrusted: boolean) =>
      send(() => portalApi.PUT('/api/v1/organizations/{id}/trust', { params: { path: { id: organisationId } }, body: { isTrusted } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: organisationKey(organisationId) }),
    ...onlineOnly,
  });
}

export type EditableOrganisation = components['schemas']['EditableOrganizationListingDto'];
export type OrganisationChanges = components['schemas']['OrganizationChangesDto'];

export function useEditableOrganisation(id: string) {
  return useQuery({
    queryKey: [...organisationKey(id), 'details'],
    queryFn: () => send(() => portalApi.GET('/api/v1/organizations/{id}/editable', { params: { path: { id } } })),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    ...onlineOnly,
  });
}

export function useSaveOrganisation(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: OrganisationChanges }) =>
      send(() => portalApi.PATCH('/api/v1/organizations/{id}', { params: { path: { id } }, body: { version, changes } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: organisationKey(id) }),
    ...onlineOnly,
  });
}
