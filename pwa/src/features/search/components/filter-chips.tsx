// The active filters as chips: each says what it is and removes itself when tapped.
import { useTranslation } from 'react-i18next';
import { languageName, useDistricts, useWijken } from '../../../lib/reference-data';
import { formatDateTime, formatDistance } from '../../../lib/format';
import { EMPTY_FILTERS, type SearchFilters } from '@sociale-kaart/core';
import { X } from 'lucide-react';
import { Icon } from '../../../components/icon';

interface Chip {
  key: string;
  label: string;
  remove: Partial<SearchFilters>;
}

export function FilterChips({ filters, onChange }: { filters: SearchFilters; onChange: (change: Partial<SearchFilters>) => void }) {
  const { t, i18n } = useTranslation('search');
  const { t: tt } = useTranslation('taxonomy');
  const { data: districts = [] } = useDistricts();
  const { data: wijken = [] } = useWijken();
  const placeName = (id: string) => districts.find((d) => d.id === id)?.name ?? wijken.find((w) => w.id === id)?.name ?? id;
  const without = (list: string[], code: string) => list.filter((c) => c !== code);

  const chips: Chip[] = [
    ...filters.lifeDomain.map((c) => ({
      key: `ld-${c}`,
      label: tt(`lifeDomain.${c}`),
      remove: { lifeDomain: without(filters.lifeDomain, c) },
    })),
    ...filters.district.map((c) => ({
      key: `d-${c}`,
      label: t('chips.livesIn', { place: placeName(c) }),
      remove: { district: without(filters.district, c) },
    })),
    ...filters.wijk.map((c) => ({
      key: `w-${c}`,
      label: t('chips.livesIn', { place: placeName(c) }),
      remove: { wijk: without(filters.wijk, c) },
    })),
    ...filters.locatedIn.map((c) => ({
      key: `l-${c}`,
      label: t('chips.locatedIn', { place: placeName(c) }),
      remove: { locatedIn: without(filters.locatedIn, c) },
    })),
    ...filters.language.map((c) => ({
      key: `lang-${c}`,
      label: languageName(c, i18n.language),
      remove: { language: without(filters.language, c) },
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
    ...(['openNow', 'free', 'walkIn', 'wheelchair'] as const)
      .filter((flag) => filters[flag])
      .map((flag) => ({ key: flag, label: t(`filters.${flag}`), remove: { [flag]: false } })),
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
      {chips.length > 1 && (
        <button type="button" className="chip chip-clear" onClick={() => onChange({ ...EMPTY_FILTERS, q: filters.q })}>
          {t('chips.clearAll')}
        </button>
      )}
    </div>
  );
}
