// Where a service takes place: per location a name, an address and a pin, set on a map (click or
// drag) or typed as coordinates, the accessible way. The map is a lazy chunk with Leaflet.
import { Suspense, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LocationPinMap, placeOf as placeOfPin } from '../../../map';
import type { FieldErrors, LocationValue } from '../listing-values';
import { GroupErrors, InputField, NumberField, useRowKeys } from './editor-controls';
import { errorsUnder, isRowPath, otherErrors } from './field-errors';
import { removeAt, replaceAt, textOrNull } from './list-edit';
import { hasPin, newLocation, type PinPlace, roundCoordinate, withPin } from './location-value';

// The portal's editor is a lazy chunk of its own: the map feature (Leaflet) loads with it.

export interface LocationsEditorProps {
  value: LocationValue[];
  onChange: (value: LocationValue[]) => void;
  /** `1.postalCode`, `0.latitude`, or `` for the list. */
  errors: FieldErrors;
  /** The district and wijk of a pin (null outside Antwerp); without it the editor does not name them. */
  placeOf?: (latitude: number, longitude: number) => PinPlace | null;
  legend?: string;
}

const FIELDS = ['id', 'name', 'address1', 'postalCode', 'city', 'latitude', 'longitude'] as const;

interface LocationRowProps {
  location: LocationValue;
  number: number;
  errors: FieldErrors;
  placeOf: LocationsEditorProps['placeOf'];
  firstInput: (element: HTMLElement | null) => void;
  onChange: (location: LocationValue) => void;
  onRemove: () => void;
}

function LocationRow({ location, number, errors, placeOf, firstInput, onChange, onRemove }: LocationRowProps) {
  const { t } = useTranslation('editor');
  const name = location.name?.trim() || location.address1?.trim() || t('fields.locations.location', { number });
  const change = (patch: Partial<LocationValue>) => onChange({ ...location, ...patch });
  const pick = (latitude: number, longitude: number) => onChange(withPin(location, latitude, longitude));
  const place = hasPin(location) && placeOf ? placeOf(location.latitude, location.longitude) : undefined;
  const text = (field: 'name' | 'address1' | 'postalCode' | 'city') => ({
    value: location[field] ?? '',
    error: errors[field],
    onChange: (value: string) => change({ [field]: textOrNull(value) }),
  });
  return (
    <li className="editor-row location-row">
      <fieldset className="editor-group">
        <legend dir="auto">{name}</legend>
        {errors.id && <p className="field-error">{errors.id}</p>}
        <InputField ref={firstInput} label={t('fields.locations.name')} dir="auto" {...text('name')} />
        <InputField label={t('fields.locations.address1')} dir="auto" autoComplete="off" {...text('address1')} />
        <div className="field-row">
          <InputField label={t('fields.locations.postalCode')} dir="ltr" inputMode="numeric" autoComplete="off" {...text('postalCode')} />
          <InputField label={t('fields.locations.city')} dir="auto" autoComplete="off" {...text('city')} />
        </div>
        <p className="hint">{t('fields.locations.mapHint')}</p>
        <Suspense fallback={<p className="location-pin-map-loading">{t('fields.loading')}</p>}>
          <LocationPinMap
            latitude={location.latitude}
            longitude={location.longitude}
            label={t('fields.locations.mapLabel', { name })}
            pinLabel={t('fields.locations.pinLabel', { name })}
            onPick={pick}
          />
        </Suspense>
        <div className="field-row">
          <NumberField
            label={t('fields.locations.latitude')}
            step={0.000001}
            min={-90}
            max={90}
            value={location.latitude}
            error={errors.latitude}
            onChange={(latitude) => change({ latitude: latitude === null ? null : roundCoordinate(latitude) })}
          />
          <NumberField
            label={t('fields.locations.longitude')}
            step={0.000001}
            min={-180}
            max={180}
            value={location.longitude}
            error={errors.longitude}
            onChange={(longitude) => change({ longitude: longitude === null ? null : roundCoordinate(longitude) })}
          />
        </div>
        <output className="location-place" aria-live="polite">
          {place === null && t('fields.locations.outsideAntwerp')}
          {place &&
            (place.wijkName
              ? t('fields.locations.place', { district: place.districtName, wijk: place.wijkName })
              : t('fields.locations.district', { district: place.districtName }))}
        </output>
        <div className="editor-actions">
          {hasPin(location) && (
            <button type="button" className="button" onClick={() => change({ latitude: null, longitude: null })}>
              {t('fields.locations.clearPin')}
            </button>
          )}
          <button type="button" className="button" aria-label={t('fields.locations.remove', { name })} onClick={onRemove}>
            {t('fields.remove')}
          </button>
        </div>
      </fieldset>
    </li>
  );
}

export function LocationsEditor({ value, onChange, errors, placeOf = placeOfPin, legend }: LocationsEditorProps) {
  const { t } = useTranslation('editor');
  const id = useId();
  const rows = useRowKeys<LocationValue>();
  const addButton = useRef<HTMLButtonElement>(null);
  const others = otherErrors(errors, (path) => isRowPath(path, value.length, FIELDS));
  const add = () => {
    const location = newLocation();
    rows.focusWhenShown(location);
    onChange([...value, location]);
  };
  return (
    <fieldset className="field-editor locations-editor" aria-describedby={others.length ? `${id}-errors` : undefined}>
      <legend>{legend ?? t('fields.locations.legend')}</legend>
      <GroupErrors id={`${id}-errors`} messages={others} />
      {value.length === 0 && <p className="editor-closed">{t('fields.locations.none')}</p>}
      <ul className="editor-rows">
        {value.map((location, index) => (
          <LocationRow
            key={rows.keyOf(location)}
            location={location}
            number={index + 1}
            errors={errorsUnder(errors, String(index))}
            placeOf={placeOf}
            firstInput={rows.focusRef(location)}
            onChange={(next) => {
              rows.inherit(location, next);
              onChange(replaceAt(value, index, next));
            }}
            onRemove={() => {
              onChange(removeAt(value, index));
              addButton.current?.focus();
            }}
          />
        ))}
      </ul>
      <button ref={addButton} type="button" className="button" onClick={add}>
        {t('fields.locations.add')}
      </button>
    </fieldset>
  );
}
