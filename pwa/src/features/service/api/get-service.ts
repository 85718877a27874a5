// One listing for the detail page, favourites and the referral card: the device's copy when it
// has one (so it opens offline), else the API's.
import { useQuery } from '@tanstack/react-query';
import { getServiceRecord } from '../../offline';

function serviceQueryOptions(id: string) {
  return { queryKey: ['service-record', id], queryFn: async () => (await getServiceRecord(id)) ?? null } as const;
}

export function useService(id: string) {
  return useQuery(serviceQueryOptions(id));
}
