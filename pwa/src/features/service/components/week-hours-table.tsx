// The week's opening hours, today highlighted (by weight and a word, not colour alone), holidays
// named. Shared by the detail page and the referral card.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatTime } from '../../../lib/format';
import type { DayHours } from '../week-hours';

interface Props {
  days: DayHours[];
  language: string;
  t?: TFunction;
}

function weekdayName(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

export function WeekHoursTable({ days, language, t: fixedT }: Props) {
  const { t: uiT } = useTranslation('service');
  const t = fixedT ?? uiT;
  const time = (d: Date, isEnd: boolean) => (isEnd ? '24:00' : formatTime(d, language));
  return (
    <table className="hours-table">
      <caption className="visually-hidden">{t('hours.caption')}</caption>
      <tbody>
        {days.map((day) => (
          <tr key={day.date} className={day.isToday ? 'is-today' : undefined} aria-current={day.isToday ? 'date' : undefined}>
            <th scope="row">
              {weekdayName(day.date, language)}
              {day.isToday && <span className="today-label"> ({t('hours.today')})</span>}
            </th>
            <td>
              {day.periods.length === 0 ? (
                t('hours.closed')
              ) : (
                // Times read left to right in every language; without this, Arabic reverses the range.
                <bdi dir="ltr">
                  {day.periods.map((p) => `${formatTime(p.opens, language)}–${time(p.closes, p.isToMidnight)}`).join(', ')}
                </bdi>
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
