// Where the client lives (district as one tap, wijk to narrow: "serves residents of"), or near the
// worker's position.
import { useTranslation } from 'react-i18next';
import { useDistricts, useWijken } from '../../../lib/reference-data';
import { useLocate } from '../hooks/use-locate';
import type { SearchFilters } from '@sociale-kaart/core';
import { LocateFixed } from 'lucide-react';
import { Icon } from '../../../components/icon';

interface Props {
  filters: SearchFilters;
  onChange: (change: Partial<SearchFilters>) => void;
}

export function PlaceFilter({ filters, onChange }: Props) {
  const { t } = useTranslation('search');
  const { data: districts = [] } = useDistricts();
  const { data: wijken = [] } = useWijken();
  const { locate, error: geoError } = useLocate(onChange);
  const district = filters.district[0] ?? '';
  const wijk = filters.wijk[0] ?? '';
  const wijkOptions = district ? wijken.filter((w) => w.districtId === district) : wijken;

  return (
    <div className="place-filter">
      <h3 className="filter-subheading" id="client-place">
        {t('filters.place')}
      </h3>
      <div className="toggle-row" role="group" aria-labelledby="client-place">
        {districts.map((d) => (
          <button
            key={d.id}
            type="button"
            className="chip-toggle"
            aria-pressed={district === d.id}
            onClick={() => onChange({ district: district === d.id ? [] : [d.id], wijk: [] })}
          >
            {d.name}
          </button>
        ))}
      </div>
      <div className="field-row">
        <label className="field">
          <span>{t('filters.wijk')}</span>
          <select value={wijk} onChange={(e) => onChange({ wijk: e.target.value ? [e.target.value] : [] })}>
            <option value="">{t('filters.anyWijk')}</option>
            {wijkOptions.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="field-row">
        <button type="button" className="button" onClick={locate} aria-pressed={Boolean(filters.near)}>
          <Icon icon={LocateFixed} />
          {t('filters.nearMe')}
        </button>
        {filters.near && (
          <label className="field field-inline">
            <span>{t('filters.radius')}</span>
            <select value={filters.radius ?? ''} onChange={(e) => onChange({ radius: e.target.value ? Number(e.target.value) : null })}>
              <option value="">{t('filters.anyDistance')}</option>
              {[500, 1000, 2000, 5000].map((metres) => (
                <option key={metres} value={metres}>
                  {metres < 1000 ? `${metres} m` : `${metres / 1000} km`}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {geoError && (
        <p className="field-error" role="alert">
          {geoError}
        </p>
      )}
    </div>
  );
}
