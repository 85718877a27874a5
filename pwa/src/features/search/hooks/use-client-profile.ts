// The client profile: where the client lives and the language they speak, as one block. It is
// the search's own district/wijk/language filters, remembered on this device so that the next
// search for the same client (another life domain) starts with it, and so the referral card
// opens in the client's language. "Andere cliënt" forgets it. Only these three codes are kept:
// nothing that names a person.
import { useCallback, useSyncExternalStore } from 'react';
import type { SearchFilters } from '@sociale-kaart/core';

export interface ClientProfile {
  district: string[];
  wijk: string[];
  language: string[];
}

const KEY = 'sk.clientProfile';
const EMPTY: ClientProfile = { district: [], wijk: [], language: [] };
const listeners = new Set<() => void>();
let cached: { raw: string | null; profile: ClientProfile } | undefined;

function read(): ClientProfile {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    // Storage forbidden (private mode): no profile is remembered.
  }
  if (cached?.raw === raw) return cached.profile;
  let profile = EMPTY;
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<ClientProfile>) : {};
    const codes = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    profile = { district: codes(parsed.district), wijk: codes(parsed.wijk), language: codes(parsed.language) };
  } catch {
    // A damaged entry counts as none.
  }
  cached = { raw, profile };
  return profile;
}

export function profileOf(filters: Pick<SearchFilters, 'district' | 'wijk' | 'language'>): ClientProfile {
  return { district: filters.district, wijk: filters.wijk, language: filters.language };
}

export function isEmptyProfile(profile: ClientProfile): boolean {
  return profile.district.length + profile.wijk.length + profile.language.length === 0;
}

export function rememberClientProfile(profile: ClientProfile): void {
  try {
    if (isEmptyProfile(profile)) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(profile));
  } catch {
    return;
  }
  listeners.forEach((listener) => listener());
}

/** The remembered profile, or no codes at all. */
export function rememberedClientProfile(): ClientProfile {
  return read();
}

export function useRememberedClientProfile() {
  const profile = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => EMPTY,
  );
  const forget = useCallback(() => rememberClientProfile(EMPTY), []);
  return { profile, forget } as const;
}
