// The week's opening hours, today highlighted (by weight and a word, not colour alone), holidays
// named. Shared by the detail page and the referral card.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatTime, formatList } from '../../../lib/format';
import type { DayHours } from '../week-hours';

interface Props {
  days: DayHours[];
  language: string;
  t?: TFunction;
  /** Dates instead of "today": a printed card is read on another day. */
  withDates?: boolean;
}

function dayName(date: string, language: string, withDate: boolean): string {
  const options: Intl.DateTimeFormatOptions = withDate ? { weekday: 'long', day: 'numeric', month: 'long' } : { weekday: 'long' };
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

export function WeekHoursTable({ days, language, t: fixedT, withDates = false }: Props) {
  const { t: uiT } = useTranslation('service');
  const t = fixedT ?? uiT;
  const time = (d: Date, isEnd: boolean) => (isEnd ? '24:00' : formatTime(d, language));
  return (
    <table className="hours-table">
      <caption className="visually-hidden">{t('hours.caption')}</caption>
      <tbody>
        {days.map((day) => (
          <tr
            key={day.date}
            className={day.isToday && !withDates ? 'is-today' : undefined}
            aria-current={day.isToday && !withDates ? 'date' : undefined}
          >
            <th scope="row">
              {dayName(day.date, language, withDates)}
              {day.isToday && !withDates && <span className="today-label"> ({t('hours.today')})</span>}
            </th>
            <td>
              {day.periods.length === 0
                ? t('hours.closed')
                : // Each range reads left to right in every language (a left-to-right isolate around it),
                  // while the list around it follows the language: in Arabic the first range is on the
                  // right and "و" joins them. Isolating the whole list instead let the digits after "و"
                  // take the Arabic direction, and "13:30–16:00" printed as "16:00–13:30".
                  formatList(
                    day.periods.map((p) => `\u2066${formatTime(p.opens, language)}–${time(p.closes, p.isToMidnight)}\u2069`),
                    language,
                  )}
              {day.holiday && (
                <span className="holiday-note">
                  {' '}
                  · {day.holiday.name ?? t(day.holiday.kind === 'legal' ? 'hours.holiday' : 'hours.publicSectorDay')}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
