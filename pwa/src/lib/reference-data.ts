// Reference lists the filters are made of: life domains, target groups, languages, districts and
// wijken. Small and rarely changed: fetched once per visit, served by the service worker's cache
// offline (see vite.config.ts). Their codes are the API's filter values; labels come from i18n.
import { useQuery } from '@tanstack/react-query';
import { api, toApiError } from './api-client';
import type { components } from '../generated/api';

export type LifeDomain = components['schemas']['LifeDomainDto'];
export type LanguageRef = components['schemas']['LanguageDto'];

export interface PlaceOption {
  id: string;
  name: string;
}

export interface WijkOption extends PlaceOption {
  districtId: string;
}

const referenceQuery = { staleTime: Infinity, gcTime: Infinity } as const;

async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined) throw toApiError(response.status, error);
  return data;
}

export function useLifeDomains() {
  return useQuery({ queryKey: ['reference', 'life-domains'], queryFn: () => unwrap(api.GET('/api/v1/life-domains')), ...referenceQuery });
}

export function useTargetGroups() {
  return useQuery({
    queryKey: ['reference', 'target-groups'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/target-groups'))).map((term) => term.code),
    ...referenceQuery,
  });
}

export function useLanguages() {
  return useQuery({ queryKey: ['reference', 'languages'], queryFn: () => unwrap(api.GET('/api/v1/languages')), ...referenceQuery });
}

export function useDistricts() {
  return useQuery({
    queryKey: ['reference', 'districts'],
    queryFn: async (): Promise<PlaceOption[]> =>
      (await unwrap(api.GET('/api/v1/districts'))).features.map((f) => ({ id: f.properties.id, name: f.properties.name })),
    ...referenceQuery,
  });
}

export function useWijken() {
  return useQuery({
    queryKey: ['reference', 'wijken'],
    queryFn: async (): Promise<WijkOption[]> =>
      (await unwrap(api.GET('/api/v1/wijken', {}))).features
        .map((f) => ({ id: f.properties.id, name: f.properties.name, districtId: f.properties.districtId }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    ...referenceQuery,
  });
}

/** Language names in the UI language (Intl knows them all), else the language's own name. */
export function languageName(code: string, uiLanguage: string, native?: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'none' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // An engine without this language code: use the reference's own name below.
  }
  return native ?? code;
}

export type Holiday = components['schemas']['HolidayDto'];

export function useHolidays() {
  return useQuery({ queryKey: ['reference', 'holidays'], queryFn: () => unwrap(api.GET('/api/v1/holidays', {})), ...referenceQuery });
}
