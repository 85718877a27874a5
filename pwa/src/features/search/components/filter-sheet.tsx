// The filters as a bottom sheet (a modal <dialog>: focus stays inside, Escape closes it). Every
// change applies at once; the button at the bottom says how many services are left and closes it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFacets } from '../../../lib/api-types';
import type { SearchFilters } from '@sociale-kaart/core';
import { FilterPanel } from './filter-panel';

interface Props {
  isOpen: boolean;
  onClose: () => void;
  filters: SearchFilters;
  facets: SearchFacets | undefined;
  total: number | undefined;
  isFetching: boolean;
  onChange: (change: Partial<SearchFilters>) => void;
}

export function FilterSheet({ isOpen, onClose, filters, facets, total, isFetching, onChange }: Props) {
  const { t } = useTranslation('search');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) element.showModal();
    if (!isOpen && element.open) element.close();
  }, [isOpen]);
  return (
    <dialog ref={dialog} className="filter-sheet" aria-labelledby="filter-sheet-heading" onClose={onClose} data-testid="filter-sheet">
      <div className="sheet-header">
        <h2 id="filter-sheet-heading">{t('filters.label')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('sheet.close')}
        </button>
      </div>
      <div className="sheet-body">{isOpen && <FilterPanel filters={filters} facets={facets} onChange={onChange} />}</div>
      <div className="sheet-footer">
        <button type="button" className="button button-primary sheet-show" onClick={onClose} aria-live="polite">
          {total === undefined || (isFetching && total === undefined) ? t('results.loading') : t('sheet.show', { count: total })}
        </button>
      </div>
    </dialog>
  );
}
