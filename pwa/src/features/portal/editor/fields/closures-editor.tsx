// Days the service is closed outside its weekly hours: exceptional closures (a list of date
// ranges with a reason) and one temporary closure with a message the public sees.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Closure, FieldErrors, OpeningHoursValue, TemporaryClosure } from '../listing-values';
import { InputField, useRowKeys } from './editor-controls';
import { removeAt, replaceAt, textOrNull } from './list-edit';
import { newClosure, newTemporaryClosure, todayInBrussels } from './opening-hours-value';

interface PartProps {
  value: OpeningHoursValue;
  onChange: (value: OpeningHoursValue) => void;
  /** Relative to the opening hours: `closures.0.to`, `temporaryClosure.message`. */
  errors: FieldErrors;
}

export function ClosuresEditor({ value, onChange, errors }: PartProps) {
  const { t } = useTranslation('editor');
  const rows = useRowKeys<Closure>();
  const addButton = useRef<HTMLButtonElement>(null);
  const setClosures = (closures: Closure[]) => onChange({ ...value, closures });
  const add = () => {
    const closure = newClosure();
    rows.focusWhenShown(closure);
    setClosures([...value.closures, closure]);
  };
  return (
    <fieldset className="editor-group">
      <legend>{t('fields.closures.legend')}</legend>
      {value.closures.length === 0 && <p className="editor-closed">{t('fields.closures.none')}</p>}
      <ul className="editor-rows">
        {value.closures.map((closure, index) => {
          const change = (patch: Partial<Closure>) => {
            const next = { ...closure, ...patch };
            rows.inherit(closure, next);
            setClosures(replaceAt(value.closures, index, next));
          };
          const number = index + 1;
          return (
            <li key={rows.keyOf(closure)} className="editor-row">
              <div role="group" aria-label={t('fields.closures.closure', { number })}>
                <div className="field-row">
                  <InputField
                    ref={rows.focusRef(closure)}
                    label={t('fields.closures.from')}
                    type="date"
                    dir="ltr"
                    isRequired
                    value={closure.from}
                    error={errors[`closures.${index}.from`]}
                    onChange={(from) => change({ from })}
                  />
                  <InputField
                    label={t('fields.closures.to')}
                    type="date"
                    dir="ltr"
                    isRequired
                    value={closure.to}
                    error={errors[`closures.${index}.to`]}
                    onChange={(to) => change({ to })}
                  />
                </div>
                <div className="field-row">
                  <InputField
                    label={t('fields.closures.reason')}
                    value={closure.reason ?? ''}
                    error={errors[`closures.${index}.reason`]}
                    onChange={(reason) => change({ reason: textOrNull(reason) })}
                  />
                  <button
                    type="button"
                    className="button"
                    aria-label={t('fields.closures.remove', { number })}
                    onClick={() => {
                      setClosures(removeAt(value.closures, index));
                      addButton.current?.focus();
                    }}
                  >
                    {t('fields.remove')}
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      <button ref={addButton} type="button" className="button" onClick={add}>
        {t('fields.closures.add')}
      </button>
    </fieldset>
  );
}

export function TemporaryClosureEditor({ value, onChange, errors }: PartProps) {
  const { t } = useTranslation('editor');
  // Turning the closure off and on again within the visit brings back what was typed.
  const lastClosure = useRef<TemporaryClosure | null>(value.temporaryClosure);
  const closure = value.temporaryClosure;
  const set = (temporaryClosure: TemporaryClosure | null) => onChange({ ...value, temporaryClosure });
  const change = (patch: Partial<TemporaryClosure>) => {
    if (closure) set((lastClosure.current = { ...closure, ...patch }));
  };
  return (
    <fieldset className="editor-group">
      <legend>{t('fields.temporaryClosure.legend')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={closure !== null}
          onChange={(event) => set(event.target.checked ? (lastClosure.current ?? newTemporaryClosure(todayInBrussels())) : null)}
        />
        <span>{t('fields.temporaryClosure.isClosed')}</span>
      </label>
      {closure && (
        <>
          <div className="field-row">
            <InputField
              label={t('fields.temporaryClosure.from')}
              type="date"
              dir="ltr"
              isRequired
              value={closure.from}
              error={errors['temporaryClosure.from']}
              onChange={(from) => change({ from })}
            />
            <InputField
              label={t('fields.temporaryClosure.to')}
              type="date"
              dir="ltr"
              isRequired
              value={closure.to}
              error={errors['temporaryClosure.to']}
              onChange={(to) => change({ to })}
            />
          </div>
          <InputField
            label={t('fields.temporaryClosure.message')}
            hint={t('fields.temporaryClosure.messageHint')}
            isMultiline
            isRequired
            dir="auto"
            value={closure.message}
            error={errors['temporaryClosure.message']}
            onChange={(message) => change({ message })}
          />
        </>
      )}
    </fieldset>
  );
}
