// Where the client lives (district or wijk: "serves residents of"), or near the worker's position.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDistricts, useWijken } from '../../../lib/reference-data';
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
  const [geoError, setGeoError] = useState<string | null>(null);
  const district = filters.district[0] ?? '';
  const wijk = filters.wijk[0] ?? '';
  const wijkOptions = district ? wijken.filter((w) => w.districtId === district) : wijken;

  const locate = () => {
    setGeoError(null);
    if (!('geolocation' in navigator)) return setGeoError(t('filters.nearUnavailable'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => onChange({ near: `${coords.latitude.toFixed(4)},${coords.longitude.toFixed(4)}`, sort: null }),
      () => setGeoError(t('filters.nearDenied')),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    );
  };

  return (
    <fieldset className="filter-group">
      <legend>{t('filters.place')}</legend>
      <div className="field-row">
        <label className="field">
          <span>{t('filters.district')}</span>
          <select value={district} onChange={(e) => onChange({ district: e.target.value ? [e.target.value] : [], wijk: [] })}>
            <option value="">{t('filters.anyDistrict')}</option>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
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
    </fieldset>
  );
}
