// The weekly part of opening hours: per weekday (Monday first) its periods, split hours as two
// periods, seasonal dates per period when wanted, and "copy Monday to the other weekdays".
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldErrors, type OpeningHoursValue, WEEKDAYS, type Weekday, type WeeklyPeriod } from '../listing-values';
import { InputField, useRowKeys } from './editor-controls';
import { addPeriod, copyDay, newPeriod, periodsOfDay, removePeriod, replacePeriod, WEEKDAYS_AFTER_MONDAY } from './opening-hours-value';

interface WeeklyHoursEditorProps {
  value: OpeningHoursValue;
  onChange: (value: OpeningHoursValue) => void;
  /** Relative to the opening hours: `weekly.2.closes`. */
  errors: FieldErrors;
  /** Says what a convenience did, in the editor's live region. */
  onAnnounce: (message: string) => void;
}

/** Day names in the UI language; 1 January 2024 was a Monday. */
function weekdayNames(language: string): Record<Weekday, string> {
  const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  return Object.fromEntries(WEEKDAYS.map((day, i) => [day, format.format(Date.UTC(2024, 0, 1 + i))])) as Record<Weekday, string>;
}

type Rows = ReturnType<typeof useRowKeys<WeeklyPeriod>>;

interface PeriodRowProps {
  period: WeeklyPeriod;
  index: number;
  number: number;
  dayName: string;
  errors: FieldErrors;
  rows: Rows;
  onChange: (period: WeeklyPeriod) => void;
  onRemove: () => void;
}

function PeriodRow({ period, index, number, dayName, errors, rows, onChange, onRemove }: PeriodRowProps) {
  const { t } = useTranslation('editor');
  const hasSeason = period.validFrom !== null || period.validTo !== null;
  const [isSeasonOpen, setSeasonOpen] = useState(hasSeason);
  const error = (name: keyof WeeklyPeriod) => errors[`weekly.${index}.${name}`];
  const change = (patch: Partial<WeeklyPeriod>) => {
    const next = { ...period, ...patch };
    rows.inherit(period, next);
    onChange(next);
  };
  return (
    <li className="period">
      <div role="group" aria-label={t('fields.openingHours.period', { number, day: dayName })}>
        <div className="field-row">
          <InputField
            ref={rows.focusRef(period)}
            label={t('fields.openingHours.opens')}
            type="time"
            dir="ltr"
            isRequired
            value={period.opens}
            error={error('opens')}
            onChange={(opens) => change({ opens })}
          />
          <InputField
            label={t('fields.openingHours.closes')}
            type="time"
            dir="ltr"
            isRequired
            value={period.closes}
            error={error('closes')}
            onChange={(closes) => change({ closes })}
          />
          <button
            type="button"
            className="button"
            aria-label={t('fields.openingHours.removePeriod', { opens: period.opens, closes: period.closes, day: dayName })}
            onClick={onRemove}
          >
            {t('fields.remove')}
          </button>
        </div>
        {isSeasonOpen || hasSeason ? (
          <div className="field-row">
            <InputField
              label={t('fields.openingHours.validFrom')}
              type="date"
              dir="ltr"
              value={period.validFrom ?? ''}
              error={error('validFrom')}
              onChange={(text) => change({ validFrom: text || null })}
            />
            <InputField
              label={t('fields.openingHours.validTo')}
              type="date"
              dir="ltr"
              value={period.validTo ?? ''}
              error={error('validTo')}
              onChange={(text) => change({ validTo: text || null })}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setSeasonOpen(false);
                if (hasSeason) change({ validFrom: null, validTo: null });
              }}
            >
              {t('fields.openingHours.allYear')}
            </button>
          </div>
        ) : (
          <button type="button" className="link-button" onClick={() => setSeasonOpen(true)}>
            {t('fields.openingHours.setSeason')}
          </button>
        )}
      </div>
    </li>
  );
}

export function WeeklyHoursEditor({ value, onChange, errors, onAnnounce }: WeeklyHoursEditorProps) {
  const { t, i18n } = useTranslation('editor');
  const rows = useRowKeys<WeeklyPeriod>();
  const names = weekdayNames(i18n.language);
  // A removed period's button goes away with it: focus moves to its day's "add period".
  const addButtons = useRef<Partial<Record<Weekday, HTMLButtonElement | null>>>({});
  // Periods first seen get their keys in the value's (sorted) order, which is then their display order.
  for (const period of value.weekly) rows.keyOf(period);

  const add = (day: Weekday) => {
    const period = newPeriod(value.weekly, day);
    rows.focusWhenShown(period);
    onChange(addPeriod(value, period));
  };
  const copyMonday = () => {
    onChange(copyDay(value, 'MO', WEEKDAYS_AFTER_MONDAY));
    onAnnounce(t('fields.openingHours.copied'));
  };

  return (
    <fieldset className="editor-group">
      <legend>{t('fields.openingHours.weekly')}</legend>
      <p className="hint">{t('fields.openingHours.overnightHint')}</p>
      {WEEKDAYS.map((day) => {
        // In the order the rows appeared, so that a row does not jump away while its time is typed.
        const periods = periodsOfDay(value.weekly, day).sort((a, b) => rows.keyOf(a.period) - rows.keyOf(b.period));
        return (
          <fieldset key={day} className="editor-day">
            <legend>{names[day]}</legend>
            {periods.length === 0 ? (
              <p className="editor-closed">{t('fields.openingHours.closed')}</p>
            ) : (
              <ul className="editor-rows">
                {periods.map(({ period, index }, i) => (
                  <PeriodRow
                    key={rows.keyOf(period)}
                    period={period}
                    index={index}
                    number={i + 1}
                    dayName={names[day]}
                    errors={errors}
                    rows={rows}
                    onChange={(next) => onChange(replacePeriod(value, index, next))}
                    onRemove={() => {
                      onChange(removePeriod(value, index));
                      addButtons.current[day]?.focus();
                    }}
                  />
                ))}
              </ul>
            )}
            <div className="editor-actions">
              <button
                ref={(element) => {
                  addButtons.current[day] = element;
                }}
                type="button"
                className="button"
                aria-label={t('fields.openingHours.addPeriodTo', { day: names[day] })}
                onClick={() => add(day)}
              >
                {t('fields.openingHours.addPeriod')}
              </button>
              {day === 'MO' && (
                <button type="button" className="button" onClick={copyMonday}>
                  {t('fields.openingHours.copyMonday')}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
