// "Near me": the phone's position, rounded to about 10 m (a search needs no more), as the `near`
// filter. Said in words when the phone cannot or may not tell.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFilters } from '@sociale-kaart/core';

export function useLocate(onChange: (change: Partial<SearchFilters>) => void) {
  const { t } = useTranslation('search');
  const [error, setError] = useState<string | null>(null);
  const locate = () => {
    setError(null);
    if (!('geolocation' in navigator)) return setError(t('filters.nearUnavailable'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => onChange({ near: `${coords.latitude.toFixed(4)},${coords.longitude.toFixed(4)}`, sort: null }),
      () => setError(t('filters.nearDenied')),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  };
  return { locate, error } as const;
}
