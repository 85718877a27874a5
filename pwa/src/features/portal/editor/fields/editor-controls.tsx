// The building blocks of the field editors: a labelled input whose hint and error are tied to it
// with aria-describedby (as the portal's TextField), a number input that lets one type freely, the
// list of a group's other errors, and stable React keys for rows that have no id of their own.
import { type HTMLAttributes, type Ref, useId, useMemo, useRef, useState } from 'react';

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

interface InputFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'time' | 'date';
  /** A textarea instead of an input. */
  isMultiline?: boolean;
  hint?: string;
  error?: string;
  /** `ltr` for times, dates, postcodes: they read left to right also in an Arabic UI. */
  dir?: 'ltr' | 'auto';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  isRequired?: boolean;
  ref?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}

export function InputField({
  label,
  value,
  onChange,
  type = 'text',
  isMultiline = false,
  hint,
  error,
  dir,
  inputMode,
  autoComplete,
  isRequired,
  ref,
}: InputFieldProps) {
  const id = useId();
  const props = {
    id,
    value,
    dir,
    required: isRequired,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint && `${id}-hint`, error && `${id}-error`),
  };
  return (
    <div className={`field field-${isMultiline ? 'textarea' : type}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {isMultiline ? (
        <textarea ref={ref} {...props} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          ref={ref}
          {...props}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}

interface NumberFieldProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  step: number;
  min?: number;
  max?: number;
  hint?: string;
  error?: string;
}

const formatNumber = (value: number | null) => (value === null ? '' : String(value));

/**
 * A number input that keeps what is being typed ("-", "51.") while it is not a number yet; the
 * value changes when the text is one (or is empty: null).
 */
export function NumberField({ label, value, onChange, step, min, max, hint, error }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => formatNumber(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // A new value from outside (the map, the "free" shortcut): show it unless the draft already means it.
    setShown(value);
    if ((draft === '' ? null : Number(draft)) !== value) setDraft(formatNumber(value));
  }
  return (
    <div className="field field-number">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <input
        id={id}
        type="number"
        dir="ltr"
        inputMode="decimal"
        step={step}
        min={min}
        max={max}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        onChange={(event) => {
          setDraft(event.target.value);
          // A half-typed number reads as "" with badInput set: not the same as an emptied field.
          if (event.target.validity.badInput) return;
          const number = event.target.value === '' ? null : Number(event.target.value);
          if (number === null || Number.isFinite(number)) {
            setShown(number);
            onChange(number);
          }
        }}
      />
    </div>
  );
}

/** A group's errors that no input shows; the group refers to `id` with aria-describedby. */
export function GroupErrors({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="field-error group-errors">
      {messages.map((message, i) => (
        <li key={i}>{message}</li>
      ))}
    </ul>
  );
}

/**
 * Stable keys for rows without ids (periods, closures, costs, new locations), by object identity:
 * an edited row inherits the key of the row it replaces, so its inputs keep focus when the list is
 * re-sorted. Keys grow in the order rows appear, which also gives a stable display order.
 */
export function useRowKeys<T extends object>() {
  const state = useRef<{ keys: WeakMap<T, number>; next: number; focus: number | null }>(null);
  state.current ??= { keys: new WeakMap(), next: 0, focus: null };
  const rows = state.current;
  return useMemo(() => {
    const keyOf = (row: T): number => {
      let key = rows.keys.get(row);
      if (key === undefined) {
        key = rows.next++;
        rows.keys.set(row, key);
      }
      return key;
    };
    return {
      keyOf,
      inherit: (from: T, to: T) => rows.keys.set(to, keyOf(from)),
      /** Focus goes to the first input of this row when it is rendered (a row just added). */
      focusWhenShown: (row: T) => {
        rows.focus = keyOf(row);
      },
      /** A ref callback for a row's first input. */
      focusRef: (row: T) => (element: HTMLElement | null) => {
        if (element && rows.focus === keyOf(row)) {
          rows.focus = null;
          element.focus();
        }
      },
    };
  }, [rows]);
}
