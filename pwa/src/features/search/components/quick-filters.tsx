// The row above the results: the filter sheet (with how many filters are on), the filters a worker
// uses most as one-tap toggles, and list or map.
import { LocateFixed, SlidersHorizontal } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { useLocate } from '../hooks/use-locate';
import type { SearchFilters } from '@sociale-kaart/core';
import { whenChange } from './filter-panel';

interface Props {
  filters: SearchFilters;
  activeCount: number;
  onOpenFilters: () => void;
  onChange: (change: Partial<SearchFilters>) => void;
  view: 'list' | 'map';
  onView: (view: 'list' | 'map') => void;
}

export function QuickFilters({ filters, activeCount, onOpenFilters, onChange, view, onView }: Props) {
  const { t } = useTranslation('search');
  const { locate, error } = useLocate(onChange);
  return (
    <>
      <div className="quick-filters">
        <button type="button" className="button filter-toggle" aria-haspopup="dialog" onClick={onOpenFilters}>
          <Icon icon={SlidersHorizontal} />
          {activeCount > 0 ? t('filters.toggleCount', { n: activeCount }) : t('filters.toggle')}
        </button>
        <button
          type="button"
          className="chip-toggle"
          aria-pressed={filters.openNow}
          onClick={() => onChange(whenChange(filters.openNow ? null : 'now'))}
        >
          {t('when.now')}
        </button>
        <button
          type="button"
          className="chip-toggle"
          aria-pressed={filters.openWithin === 'week'}
          onClick={() => onChange(whenChange(filters.openWithin === 'week' ? null : 'week'))}
        >
          {t('when.week')}
        </button>
        <button type="button" className="chip-toggle" aria-pressed={filters.free} onClick={() => onChange({ free: !filters.free })}>
          {t('filters.free')}
        </button>
        <button
          type="button"
          className="chip-toggle"
          aria-pressed={Boolean(filters.near)}
          onClick={() => (filters.near ? onChange({ near: null, radius: null }) : locate())}
        >
          <Icon icon={LocateFixed} />
          {t('filters.nearMe')}
        </button>
        <div className="view-switch" role="group" aria-label={t('view.label')}>
          <button type="button" className="chip-toggle" aria-pressed={view === 'list'} onClick={() => onView('list')}>
            {t('view.list')}
          </button>
          <button type="button" className="chip-toggle" aria-pressed={view === 'map'} onClick={() => onView('map')}>
            {t('view.map')}
          </button>
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
