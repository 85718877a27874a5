// Every filter of a search, in the bottom sheet: the client (where they live, their language) as
// one block first, then when, practical needs, life domain, target group and order. Each change
// applies at once; the sheet's button says how many services that leaves.
import { useTranslation } from 'react-i18next';
import { useTargetGroups } from '../../../lib/reference-data';
import type { SearchFacets } from '../../../lib/api-types';
import { toggleLifeDomain, type OpenWithin, type SearchFilters } from '@sociale-kaart/core';
import { LanguagePicker } from './language-picker';
import { LifeDomainFilter } from './life-domain-filter';
import { PlaceFilter } from './place-filter';

interface Props {
  filters: SearchFilters;
  facets: SearchFacets | undefined;
  onChange: (change: Partial<SearchFilters>) => void;
}

type When = 'now' | OpenWithin | 'at' | null;
const WHEN: Exclude<When, null | 'at'>[] = ['now', 'today', 'week'];
const PRACTICAL = ['free', 'walkIn', 'wheelchair'] as const;

function whenOf(filters: SearchFilters): When {
  if (filters.openNow) return 'now';
  if (filters.openWithin) return filters.openWithin;
  return filters.openAt ? 'at' : null;
}

/** The three "open" filters exclude each other: choosing one clears the others. */
export function whenChange(when: When): Partial<SearchFilters> {
  return {
    openNow: when === 'now',
    openWithin: when === 'today' || when === 'week' ? when : null,
    ...(when === 'at' ? {} : { openAt: null }),
  };
}

export function FilterPanel({ filters, facets, onChange }: Props) {
  const { t } = useTranslation('search');
  const { t: tt } = useTranslation('taxonomy');
  const { data: targetGroups = [] } = useTargetGroups();
  const when = whenOf(filters);
  const count = (facet: Record<string, number> | undefined, code: string) => (facet ? ` (${facet[code] ?? 0})` : '');

  return (
    <div className="filter-panel">
      <fieldset className="filter-group client-block">
        <legend>{t('client.heading')}</legend>
        <PlaceFilter filters={filters} onChange={onChange} />
        <h3 className="filter-subheading" id="client-language">
          {t('filters.language')}
        </h3>
        <div role="group" aria-labelledby="client-language">
          <LanguagePicker selected={filters.language} counts={facets?.language} onChange={(language) => onChange({ language })} />
        </div>
      </fieldset>
      <fieldset className="filter-group">
        <legend>{t('filters.when')}</legend>
        <div className="toggle-row">
          {WHEN.map((option) => (
            <button
              key={option}
              type="button"
              className="chip-toggle"
              aria-pressed={when === option}
              onClick={() => onChange(whenChange(when === option ? null : option))}
            >
              {t(`when.${option}`)}
            </button>
          ))}
        </div>
        <label className="field field-inline">
          <span>{t('filters.openAt')}</span>
          <input
            type="datetime-local"
            value={filters.openAt?.slice(0, 16) ?? ''}
            onChange={(e) => onChange({ ...whenChange(e.target.value ? 'at' : null), openAt: e.target.value || null })}
          />
        </label>
      </fieldset>
      <fieldset className="filter-group">
        <legend>{t('filters.practical')}</legend>
        <div className="toggle-row">
          {PRACTICAL.map((flag) => (
            <button
              key={flag}
              type="button"
              className="chip-toggle"
              aria-pressed={filters[flag]}
              onClick={() => onChange({ [flag]: !filters[flag] })}
            >
              {t(`filters.${flag}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <LifeDomainFilter
        selected={filters.lifeDomain}
        counts={facets?.lifeDomain}
        onToggle={(code) => onChange({ lifeDomain: toggleLifeDomain(filters.lifeDomain, code) })}
      />
      <div className="field-row">
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
        <label className="field">
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
    </div>
  );
}
