// What a service costs: rows of a description and an amount in euro (0 is free), and a shortcut
// for a free service. Rows stay in the order they were written; the API sorts them when it saves.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostValue, FieldErrors } from '../listing-values';
import { GroupErrors, InputField, NumberField, useRowKeys } from './editor-controls';
import { isRowPath, otherErrors } from './field-errors';
import { removeAt, replaceAt, textOrNull } from './list-edit';

export interface CostsEditorProps {
  value: CostValue[];
  onChange: (value: CostValue[]) => void;
  /** `0.amount`, `1.option`, or `` for the list. */
  errors: FieldErrors;
  legend?: string;
}

/** Listings are written in Dutch; the public pages show "free" in the reader's language from amount 0. */
export const FREE: CostValue = { option: 'Gratis', amount: 0 };

export function CostsEditor({ value, onChange, errors, legend }: CostsEditorProps) {
  const { t } = useTranslation('editor');
  const id = useId();
  const rows = useRowKeys<CostValue>();
  const addButton = useRef<HTMLButtonElement>(null);
  const others = otherErrors(errors, (path) => isRowPath(path, value.length, ['option', 'amount']));
  const add = () => {
    const cost: CostValue = { option: null, amount: null };
    rows.focusWhenShown(cost);
    onChange([...value, cost]);
  };
  return (
    <fieldset className="field-editor costs-editor" aria-describedby={others.length ? `${id}-errors` : undefined}>
      <legend>{legend ?? t('fields.costs.legend')}</legend>
      <GroupErrors id={`${id}-errors`} messages={others} />
      {value.length === 0 && <p className="editor-closed">{t('fields.costs.none')}</p>}
      <ul className="editor-rows">
        {value.map((cost, index) => {
          const change = (patch: Partial<CostValue>) => {
            const next = { ...cost, ...patch };
            rows.inherit(cost, next);
            onChange(replaceAt(value, index, next));
          };
          const number = index + 1;
          return (
            <li key={rows.keyOf(cost)} className="editor-row">
              <div role="group" aria-label={t('fields.costs.cost', { number })}>
                <div className="field-row">
                  <InputField
                    ref={rows.focusRef(cost)}
                    label={t('fields.costs.option')}
                    dir="auto"
                    value={cost.option ?? ''}
                    error={errors[`${index}.option`]}
                    onChange={(option) => change({ option: textOrNull(option) })}
                  />
                  <NumberField
                    label={t('fields.costs.amount')}
                    step={0.01}
                    min={0}
                    value={cost.amount}
                    error={errors[`${index}.amount`]}
                    onChange={(amount) => change({ amount })}
                  />
                  <button
                    type="button"
                    className="button"
                    aria-label={t('fields.costs.remove', { number })}
                    onClick={() => {
                      onChange(removeAt(value, index));
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
      <div className="editor-actions">
        <button ref={addButton} type="button" className="button" onClick={add}>
          {t('fields.costs.add')}
        </button>
        <button type="button" className="button" onClick={() => onChange([{ ...FREE }])}>
          {t('fields.costs.free')}
        </button>
      </div>
    </fieldset>
  );
}
