// Whom a service serves: residents of the whole city, of some districts, or of some wijken
// (grouped by district). Postcodes from imports are kept and shown, and can be removed.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDistricts, useWijken } from '../../../../lib/reference-data';
import type { AreaValue, FieldErrors } from '../listing-values';
import { CodeChecklist } from './code-checklist';
import { wijkOptionsByDistrict } from './code-options';
import { GroupErrors } from './editor-controls';
import { indexedPath, otherErrors } from './field-errors';
import { removeAt } from './list-edit';
import { type AreaMode, areaMode, checklistErrors, codesOf, hasScope, keptEntries, switchMode, withCodes } from './service-area-value';

export interface ServiceAreaEditorProps {
  value: AreaValue[];
  onChange: (value: AreaValue[]) => void;
  /** `2.code`, or `` for the area as a whole. */
  errors: FieldErrors;
  legend?: string;
}

const MODES: AreaMode[] = ['city', 'district', 'wijk'];

export function ServiceAreaEditor({ value, onChange, errors, legend }: ServiceAreaEditorProps) {
  const { t } = useTranslation('editor');
  const id = useId();
  const districts = useDistricts();
  const wijken = useWijken();
  const [chosen, setChosen] = useState<AreaMode | null>(() => areaMode(value));
  // The choice stays while its list is still empty; a value from outside that says otherwise wins.
  const derived = areaMode(value);
  const mode =
    chosen !== null && (chosen === 'city' ? hasScope(value, 'city') : derived === null || hasScope(value, chosen)) ? chosen : derived;
  // Switching between districts and wijken and back within the visit brings the ticks back.
  const remembered = useRef({ district: codesOf(value, 'district'), wijk: codesOf(value, 'wijk') });
  // A removed entry's button goes away with it: focus moves to the chosen scope.
  const modes = useRef<HTMLDivElement>(null);
  const focusMode = () =>
    (modes.current?.querySelector<HTMLInputElement>('input:checked') ?? modes.current?.querySelector('input'))?.focus();

  const choose = (next: AreaMode) => {
    setChosen(next);
    onChange(switchMode(value, next, next === 'city' ? [] : remembered.current[next]));
  };
  const setCodes = (scope: 'district' | 'wijk', codes: string[]) => {
    remembered.current[scope] = codes;
    onChange(withCodes(value, scope, codes));
  };

  const kept = keptEntries(value, mode);
  const isShown = (path: string) => {
    const parsed = indexedPath(path);
    return parsed !== null && (parsed.rest === 'code' || parsed.rest === '') && parsed.index < value.length;
  };
  const others = otherErrors(errors, isShown);
  const entryName = (entry: AreaValue) => {
    if (entry.scope === 'district') return districts.data?.find((d) => d.id === entry.code)?.name ?? entry.code;
    if (entry.scope === 'wijk') return wijken.data?.find((w) => w.id === entry.code)?.name ?? entry.code;
    if (entry.scope === 'postcode') return entry.code;
    return t('fields.serviceArea.city');
  };

  return (
    <fieldset className="field-editor service-area-editor" aria-describedby={others.length ? `${id}-errors` : undefined}>
      <legend>{legend ?? t('fields.serviceArea.legend')}</legend>
      <GroupErrors id={`${id}-errors`} messages={others} />
      <div ref={modes} className="check-row" role="radiogroup" aria-label={t('fields.serviceArea.mode')}>
        {MODES.map((option) => (
          <label key={option} className="check">
            <input type="radio" name={`${id}-mode`} value={option} checked={mode === option} onChange={() => choose(option)} />
            <span>{t(`fields.serviceArea.${option}`)}</span>
          </label>
        ))}
      </div>
      {mode === 'district' && (
        <CodeChecklist
          legend={t('fields.serviceArea.districts')}
          options={(districts.data ?? []).map((d) => ({ code: d.id, label: d.name }))}
          value={codesOf(value, 'district')}
          onChange={(codes) => setCodes('district', codes)}
          errors={checklistErrors(value, errors, 'district')}
          isLoading={districts.isPending}
          hasLoadFailed={districts.isError}
        />
      )}
      {mode === 'wijk' && (
        <CodeChecklist
          legend={t('fields.serviceArea.wijken')}
          options={wijkOptionsByDistrict(districts.data ?? [], wijken.data ?? [], t('fields.serviceArea.otherWijken'))}
          areParentsSelectable={false}
          value={codesOf(value, 'wijk')}
          onChange={(codes) => setCodes('wijk', codes)}
          errors={checklistErrors(value, errors, 'wijk')}
          isLoading={districts.isPending || wijken.isPending}
          hasLoadFailed={districts.isError || wijken.isError}
        />
      )}
      {kept.length > 0 && (
        <div className="editor-group">
          <p id={`${id}-kept`}>{t('fields.serviceArea.kept')}</p>
          <ul className="editor-rows" aria-labelledby={`${id}-kept`}>
            {kept.map(({ entry, index }) => {
              const label = t(`fields.serviceArea.scope.${entry.scope}`, { name: entryName(entry) ?? '' });
              const error = errors[`${index}.code`] ?? errors[String(index)];
              return (
                <li key={`${entry.scope}:${entry.code ?? ''}`} className="kept-entry">
                  <span dir="auto">{label}</span>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('fields.serviceArea.remove', { name: label })}
                    aria-describedby={error ? `${id}-kept-${index}` : undefined}
                    onClick={() => {
                      onChange(removeAt(value, index));
                      focusMode();
                    }}
                  >
                    {t('fields.remove')}
                  </button>
                  {error && (
                    <p id={`${id}-kept-${index}`} className="field-error">
                      {error}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
