// All filters of a search. On a phone it folds away behind one button; the chips above the
// results show what is active either way.
import { useTranslation } from 'react-i18next';
import { languageName, useLanguages, useTargetGroups } from '../../../lib/reference-data';
import type { SearchFacets } from '../../../lib/api-types';
import type { FlagFilterKey, SearchFilters } from '@sociale-kaart/core';
import { LifeDomainFilter } from './life-domain-filter';
import { PlaceFilter } from './place-filter';

interface Props {
  filters: SearchFilters;
  facets: SearchFacets | undefined;
  onChange: (change: Partial<SearchFilters>) => void;
}

const FLAGS: FlagFilterKey[] = ['openNow', 'free', 'walkIn', 'wheelchair'];

function toggle(list: string[], code: string): string[] {
  return list.includes(code) ? list.filter((c) => c !== code) : [...list, code];
}

export function FilterPanel({ filters, facets, onChange }: Props) {
  const { t, i18n } = useTranslation('search');
  const { t: tt } = useTranslation('taxonomy');
  const { data: languages = [] } = useLanguages();
  const { data: targetGroups = [] } = useTargetGroups();
  const count = (facet: Record<string, number> | undefined, code: string) => (facet ? ` (${facet[code] ?? 0})` : '');

  return (
    <div className="filter-panel">
      <LifeDomainFilter
        selected={filters.lifeDomain}
        counts={facets?.lifeDomain}
        onToggle={(code) => onChange({ lifeDomain: toggle(filters.lifeDomain, code) })}
      />
      <PlaceFilter filters={filters} onChange={onChange} />
      <div className="field-row">
        <label className="field">
          <span>{t('filters.language')}</span>
          <select value={filters.language[0] ?? ''} onChange={(e) => onChange({ language: e.target.value ? [e.target.value] : [] })}>
            <option value="">{t('filters.anyLanguage')}</option>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {languageName(l.code, i18n.language, l.native)}
                {count(facets?.language, l.code)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('filters.targetGroup')}</span>
          <select value={filters.targetGroup[0] ?? ''} onChange={(e) => onChange({ targetGroup: e.target.value ? [e.target.value] : [] })}>
            <option value="">{t('filters.anyTargetGroup')}</option>
            {targetGroups.map((code) => (
              <option key={code} value={code}>
                {tt(`targetGroup.${code}`)}
                {count(facets?.targetGroup, code)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="filter-group">
        <legend>{t('filters.practical')}</legend>
        <div className="check-row">
          {FLAGS.map((flag) => (
            <label key={flag} className="check">
              <input
                type="checkbox"
                checked={filters[flag]}
                onChange={(e) => onChange(flag === 'openNow' ? { openNow: e.target.checked, openAt: null } : { [flag]: e.target.checked })}
              />
              <span>{t(`filters.${flag}`)}</span>
            </label>
          ))}
        </div>
        <label className="field field-inline">
          <span>{t('filters.openAt')}</span>
          <input
            type="datetime-local"
            value={filters.openAt?.slice(0, 16) ?? ''}
            onChange={(e) => onChange({ openAt: e.target.value || null, openNow: false })}
          />
        </label>
      </fieldset>
      <label className="field field-inline">
        <span>{t('filters.sort')}</span>
        <select value={filters.sort ?? ''} onChange={(e) => onChange({ sort: (e.target.value || null) as SearchFilters['sort'] })}>
          <option value="">{t('sort.default')}</option>
          {filters.q && <option value="relevance">{t('sort.relevance')}</option>}
          {filters.near && <option value="distance">{t('sort.distance')}</option>}
          <option value="name">{t('sort.name')}</option>
          <option value="updated">{t('sort.updated')}</option>
        </select>
      </label>
    </div>
  );
}
