// Inviting an editor (`POST /users/invitations`) and finding the organisation to invite them to
// (`GET /organizations?name=`, published organisations by name; the portal's claim form too).
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { components } from '../../../../generated/api';
import { portalApi, send } from '../../api/portal-client';
import { readOptions, writeOptions } from './query-defaults';

export type Invitation = components['schemas']['InvitationDto'];
export type OrganisationOption = components['schemas']['OrganizationSummaryDto'];

/** Enough to choose from; the moderator types more of the name to narrow it down. */
export const ORGANISATION_OPTIONS = 50;

export function useOrganisationSearch(name: string) {
  return useQuery({
    queryKey: ['moderation', 'organisations', name],
    queryFn: () =>
      send(() =>
        portalApi.GET('/api/v1/organizations', { params: { query: { name: name || undefined, pageSize: ORGANISATION_OPTIONS } } }),
      ),
    placeholderData: keepPreviousData,
    ...readOptions,
  });
}

export function useInvite() {
  return useMutation({
    mutationFn: (invitation: Invitation) => send(() => portalApi.POST('/api/v1/users/invitations', { body: invitation })),
    ...writeOptions,
  });
}
