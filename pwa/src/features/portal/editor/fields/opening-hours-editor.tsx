// The opening hours of a service: weekly periods, the public-holiday rule, exceptional closures
// and a temporary closure. Controlled: `value` in, every edit out through `onChange` (weekly
// periods sorted by day, then opening time); `errors` are relative to the field.
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors, OpeningHoursValue } from '../listing-values';
import { ClosuresEditor, TemporaryClosureEditor } from './closures-editor';
import { GroupErrors } from './editor-controls';
import { otherErrors } from './field-errors';
import { type OpeningHoursProblem, validateOpeningHours } from './opening-hours-value';
import { WeeklyHoursEditor } from './weekly-hours-editor';

export interface OpeningHoursEditorProps {
  value: OpeningHoursValue;
  onChange: (value: OpeningHoursValue) => void;
  errors: FieldErrors;
  /** The group's name; "Openingsuren" by default. */
  legend?: string;
}

const SHOWN = [
  /^weekly\.(\d+)\.(opens|closes|validFrom|validTo)$/,
  /^closures\.(\d+)\.(from|to|reason)$/,
  /^temporaryClosure\.(from|to|message)$/,
];

/** A path with an input to show it: one of the patterns, with an index inside its list. */
function isShownIn(value: OpeningHoursValue) {
  return (path: string) => {
    const [weekly, closures, temporary] = SHOWN.map((pattern) => pattern.exec(path));
    if (weekly) return Number(weekly[1]) < value.weekly.length;
    if (closures) return Number(closures[1]) < value.closures.length;
    return Boolean(temporary && value.temporaryClosure);
  };
}

export function OpeningHoursEditor({ value, onChange, errors, legend }: OpeningHoursEditorProps) {
  const { t } = useTranslation('editor');
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const others = otherErrors(errors, isShownIn(value));
  const change = (next: OpeningHoursValue) => {
    setAnnouncement('');
    onChange(next);
  };
  return (
    <fieldset className="field-editor opening-hours-editor" aria-describedby={others.length ? `${id}-errors` : undefined}>
      <legend>{legend ?? t('fields.openingHours.legend')}</legend>
      <GroupErrors id={`${id}-errors`} messages={others} />
      <WeeklyHoursEditor value={value} onChange={change} errors={errors} onAnnounce={setAnnouncement} />
      <div className="editor-group">
        <label className="check">
          <input
            type="checkbox"
            checked={value.opensOnHolidays}
            aria-describedby={`${id}-holidays`}
            onChange={(event) => change({ ...value, opensOnHolidays: event.target.checked })}
          />
          <span>{t('fields.openingHours.opensOnHolidays')}</span>
        </label>
        <p id={`${id}-holidays`} className="hint">
          {t('fields.openingHours.opensOnHolidaysHint')}
        </p>
      </div>
      <ClosuresEditor value={value} onChange={change} errors={errors} />
      <TemporaryClosureEditor value={value} onChange={change} errors={errors} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}

/** Checks opening hours in the browser before saving: the same paths as the API, translated messages. */
export function useOpeningHoursValidation(): (value: OpeningHoursValue) => FieldErrors {
  const { t } = useTranslation('editor');
  return useCallback(
    (value: OpeningHoursValue) =>
      validateOpeningHours(value, (problem: OpeningHoursProblem) => t(`fields.openingHours.problems.${problem}`)),
    [t],
  );
}
