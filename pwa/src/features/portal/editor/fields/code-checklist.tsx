// An accessible checklist of codes: a fieldset of checkboxes, children indented under their
// parent (or grouped under a heading that is not itself a choice), and a filter box for long lists.
// Controlled: the value is a sorted list of codes; errors are keyed by the place of a code in it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../listing-values';
import { type CodeOption, countOptions, filterOptions, toggleCode, withSelected } from './code-options';
import { GroupErrors } from './editor-controls';
import { indexedPath, otherErrors } from './field-errors';

/** Longer lists get a filter box: more than a phone's screen of checkboxes. */
const FILTER_FROM = 13;

export interface CodeChecklistProps {
  legend: string;
  options: readonly CodeOption[];
  value: string[];
  onChange: (value: string[]) => void;
  /** `3` (the fourth code of the value) or `` (the list as a whole). */
  errors: FieldErrors;
  hint?: string;
  /** False: options with children are headings of a group (wijken under their district), not choices. */
  areParentsSelectable?: boolean;
  isLoading?: boolean;
  hasLoadFailed?: boolean;
}

export function CodeChecklist({
  legend,
  options,
  value,
  onChange,
  errors,
  hint,
  areParentsSelectable = true,
  isLoading = false,
  hasLoadFailed = false,
}: CodeChecklistProps) {
  const { t } = useTranslation('editor');
  const id = useId();
  const [query, setQuery] = useState('');
  const shownOptions = withSelected(options, value);
  const total = countOptions(shownOptions);
  const hasFilter = total >= FILTER_FROM;
  const visible = hasFilter ? filterOptions(shownOptions, query) : shownOptions;
  const errorOf = (code: string): string | undefined => errors[String(value.indexOf(code))];
  const others = otherErrors(errors, (path) => {
    const parsed = indexedPath(path);
    return parsed !== null && parsed.rest === '' && parsed.index < value.length;
  });

  const renderOption = (option: CodeOption) => {
    const children = option.children ?? [];
    if (children.length > 0 && !areParentsSelectable) {
      return (
        <li key={option.code}>
          <fieldset className="checklist-group">
            <legend>{option.label}</legend>
            <ul className="checklist">{children.map(renderOption)}</ul>
          </fieldset>
        </li>
      );
    }
    const inputId = `${id}-${option.code}`;
    const error = errorOf(option.code);
    return (
      <li key={option.code}>
        <label className="check" htmlFor={inputId}>
          <input
            id={inputId}
            type="checkbox"
            checked={value.includes(option.code)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(event) => onChange(toggleCode(value, option.code, event.target.checked))}
          />
          <span>{option.label}</span>
        </label>
        {error && (
          <p id={`${inputId}-error`} className="field-error">
            {error}
          </p>
        )}
        {children.length > 0 && <ul className="checklist checklist-children">{children.map(renderOption)}</ul>}
      </li>
    );
  };

  const describedBy = [hint && `${id}-hint`, others.length > 0 && `${id}-errors`].filter(Boolean).join(' ');
  return (
    <fieldset className="field-editor code-checklist" aria-describedby={describedBy || undefined} aria-busy={isLoading || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <GroupErrors id={`${id}-errors`} messages={others} />
      <p className="hint">{t('fields.checklist.selected', { count: value.length })}</p>
      {isLoading && <p>{t('fields.loading')}</p>}
      {hasLoadFailed && <p className="field-error">{t('fields.loadFailed')}</p>}
      {!isLoading && hasFilter && (
        <div className="field checklist-filter">
          <label htmlFor={`${id}-filter`}>{t('fields.checklist.filter')}</label>
          <input
            id={`${id}-filter`}
            type="search"
            value={query}
            autoComplete="off"
            aria-describedby={`${id}-matches`}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p id={`${id}-matches`} className="hint" aria-live="polite">
            {query.trim() ? t('fields.checklist.matches', { count: countOptions(visible) }) : ''}
          </p>
        </div>
      )}
      {!isLoading && <ul className="checklist">{visible.map(renderOption)}</ul>}
    </fieldset>
  );
}
