// The active filters as compact chips: each says what it is and removes itself when tapped. The
// client (where they live, their language) is one chip; the quick toggles above (open now, this
// week, free) show their own state and are not repeated here.
import { useTranslation } from 'react-i18next';
import { useDistricts, useWijken } from '../../../lib/reference-data';
import { formatDateTime, formatDistance } from '../../../lib/format';
import { profileOf, isEmptyProfile } from '../hooks/use-client-profile';
import { EMPTY_FILTERS, type SearchFilters } from '@sociale-kaart/core';
import { X } from 'lucide-react';
import { Icon } from '../../../components/icon';
import { useProfileText } from './client-block';

interface Chip {
  key: string;
  label: string;
  remove: Partial<SearchFilters>;
}

export function FilterChips({ filters, onChange }: { filters: SearchFilters; onChange: (change: Partial<SearchFilters>) => void }) {
  const { t, i18n } = useTranslation('search');
  const profile = profileOf(filters);
  const profileText = useProfileText(profile);
  const { t: tt } = useTranslation('taxonomy');
  const { data: districts = [] } = useDistricts();
  const { data: wijken = [] } = useWijken();
  const placeName = (id: string) => districts.find((d) => d.id === id)?.name ?? wijken.find((w) => w.id === id)?.name ?? id;
  const quick = [filters.openNow, filters.openWithin === 'week', filters.free, filters.near].filter(Boolean).length;
  const without = (list: string[], code: string) => list.filter((c) => c !== code);

  const chips: Chip[] = [
    // Life domains under one parent show, pressed, in the sub-domain row right above: not twice.
    ...(new Set(filters.lifeDomain.map((c) => c.split('/')[0])).size === 1 ? [] : filters.lifeDomain).map((c) => ({
      key: `ld-${c}`,
      label: tt(`lifeDomain.${c}`),
      remove: { lifeDomain: without(filters.lifeDomain, c) },
    })),
    ...(isEmptyProfile(profile)
      ? []
      : [{ key: 'client', label: t('chips.client', { client: profileText }), remove: { district: [], wijk: [], language: [] } }]),
    ...filters.locatedIn.map((c) => ({
      key: `l-${c}`,
      label: t('chips.locatedIn', { place: placeName(c) }),
      remove: { locatedIn: without(filters.locatedIn, c) },
    })),
    ...filters.targetGroup.map((c) => ({
      key: `tg-${c}`,
      label: tt(`targetGroup.${c}`),
      remove: { targetGroup: without(filters.targetGroup, c) },
    })),
    ...(filters.near
      ? [
          {
            key: 'near',
            label: filters.radius ? t('chips.nearWithin', { radius: formatDistance(filters.radius, i18n.language) }) : t('chips.near'),
            remove: { near: null, radius: null },
          },
        ]
      : []),
    ...(filters.openAt
      ? [{ key: 'openAt', label: t('chips.openAt', { when: formatDateTime(filters.openAt, i18n.language) }), remove: { openAt: null } }]
      : []),
    ...(['walkIn', 'wheelchair'] as const)
      .filter((flag) => filters[flag])
      .map((flag) => ({ key: flag, label: t(`filters.${flag}`), remove: { [flag]: false } })),
    ...(filters.openWithin === 'today' ? [{ key: 'today', label: t('when.today'), remove: { openWithin: null } }] : []),
  ];
  if (chips.length === 0) return null;
  return (
    <div className="chips" role="group" aria-label={t('chips.label')}>
      {chips.map((chip) => (
        <button
          key={chip.key}
          type="button"
          className="chip"
          onClick={() => onChange(chip.remove)}
          aria-label={t('chips.remove', { label: chip.label })}
        >
          <span>{chip.label}</span>
          <Icon icon={X} className="chip-x" />
        </button>
      ))}
      {chips.length + quick > 1 && (
        <button type="button" className="chip chip-clear" onClick={() => onChange({ ...EMPTY_FILTERS, q: filters.q })}>
          {t('chips.clearAll')}
        </button>
      )}
    </div>
  );
}
