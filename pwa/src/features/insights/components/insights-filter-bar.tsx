// The filters of the insights pages: a button that opens the search's bottom sheet (the same
// life-domain grid and language list), the active filters as chips that remove themselves, and
// free / walk-in as one-tap toggles.
import { SlidersHorizontal, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleLifeDomain } from '@sociale-kaart/core';
import { Icon } from '../../../components/icon';
import { languageName, useTargetGroups } from '../../../lib/reference-data';
import { LanguagePicker, LifeDomainFilter } from '../../search';
import { activeFilterCount, EMPTY_INSIGHTS_FILTERS, type InsightsFilters } from '../insights-filters';

interface Props {
  filters: InsightsFilters;
  onChange: (change: Partial<InsightsFilters>) => void;
}

export function InsightsFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation('insights');
  const { t: ts } = useTranslation('search');
  const { t: tt } = useTranslation('taxonomy');
  const { i18n } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const count = activeFilterCount(filters);
  const chips = [
    ...filters.lifeDomain.map((code) => ({
      key: `ld-${code}`,
      label: tt(`lifeDomain.${code}`),
      remove: { lifeDomain: filters.lifeDomain.filter((c) => c !== code) },
    })),
    ...filters.targetGroup.map((code) => ({ key: `tg-${code}`, label: tt(`targetGroup.${code}`), remove: { targetGroup: [] } })),
    ...filters.language.map((code) => ({ key: `l-${code}`, label: languageName(code, i18n.language), remove: { language: [] } })),
  ];
  return (
    <div className="insights-filters">
      <div className="quick-filters">
        <button type="button" className="button filter-toggle" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          <Icon icon={SlidersHorizontal} />
          {count > 0 ? ts('filters.toggleCount', { n: count }) : ts('filters.toggle')}
        </button>
        {(['free', 'walkIn'] as const).map((flag) => (
          <button
            key={flag}
            type="button"
            className="chip-toggle"
            aria-pressed={filters[flag]}
            onClick={() => onChange({ [flag]: !filters[flag] })}
          >
            {ts(`filters.${flag}`)}
          </button>
        ))}
      </div>
      {chips.length > 0 && (
        <ul className="chips" aria-label={t('filters.active')}>
          {chips.map((chip) => (
            <li key={chip.key}>
              <button type="button" className="chip-toggle" aria-pressed="true" onClick={() => onChange(chip.remove)}>
                <span>{chip.label}</span>
                <Icon icon={X} label={t('filters.remove')} className="chip-x" />
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="link-button chip-clear" onClick={() => onChange(EMPTY_INSIGHTS_FILTERS)}>
              {t('filters.clear')}
            </button>
          </li>
        </ul>
      )}
      <FilterDialog isOpen={isOpen} onClose={() => setOpen(false)} filters={filters} onChange={onChange} />
    </div>
  );
}

function FilterDialog({ isOpen, onClose, filters, onChange }: Props & { isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation('search');
  const { t: tt } = useTranslation('taxonomy');
  const { data: targetGroups = [] } = useTargetGroups();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) element.showModal();
    if (!isOpen && element.open) element.close();
  }, [isOpen]);
  return (
    <dialog ref={dialog} className="filter-sheet" aria-labelledby="insights-filter-heading" onClose={onClose}>
      <div className="sheet-header">
        <h2 id="insights-filter-heading">{t('filters.label')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('sheet.close')}
        </button>
      </div>
      {isOpen && (
        <div className="sheet-body filter-panel">
          <LifeDomainFilter
            selected={filters.lifeDomain}
            counts={undefined}
            onToggle={(code) => onChange({ lifeDomain: toggleLifeDomain(filters.lifeDomain, code) })}
          />
          <label className="field">
            <span>{t('filters.targetGroup')}</span>
            <select
              value={filters.targetGroup[0] ?? ''}
              onChange={(e) => onChange({ targetGroup: e.target.value ? [e.target.value] : [] })}
            >
              <option value="">{t('filters.anyTargetGroup')}</option>
              {targetGroups.map((code) => (
                <option key={code} value={code}>
                  {tt(`targetGroup.${code}`)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="filter-group">
            <legend>{t('filters.language')}</legend>
            <LanguagePicker selected={filters.language} counts={undefined} onChange={(language) => onChange({ language })} />
          </fieldset>
        </div>
      )}
      <div className="sheet-footer">
        <button type="button" className="button button-primary sheet-show" onClick={onClose}>
          {t('sheet.close')}
        </button>
      </div>
    </dialog>
  );
}
