// "Open · closes at 17:00" / "Closed · opens Mon 09:00": said in words and marked by an icon, not
// by colour alone. For a search at another moment (`at`), the status is at that moment and the
// label names it ("Open on Thu 10:00"), never "now".
import { useTranslation } from 'react-i18next';
import type { OpenStatus as OpenStatusData } from '../lib/api-types';
import { formatTime, formatWeekdayTime, isSameLocalDay } from '../lib/format';
import { CircleCheck, CircleMinus } from 'lucide-react';
import { Icon } from './icon';

export function OpenStatus({ open, at }: { open: OpenStatusData; at?: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (!open.hasHours) return <span className="open-status open-status-unknown">{t('open.noHours')}</span>;
  if (at) {
    const when = formatWeekdayTime(at, language);
    return (
      <span className={open.isOpen ? 'open-status open-status-open' : 'open-status open-status-closed'}>
        <Icon icon={open.isOpen ? CircleCheck : CircleMinus} />
        {t(open.isOpen ? 'open.openAt' : 'open.closedAt', { when })}
      </span>
    );
  }
  if (open.isOpen) {
    return (
      <span className="open-status open-status-open">
        <Icon icon={CircleCheck} />
        {open.closesAt ? t('open.openUntil', { time: formatTime(open.closesAt, language) }) : t('open.openAllDay')}
      </span>
    );
  }
  const next = open.nextOpensAt;
  return (
    <span className="open-status open-status-closed">
      <Icon icon={CircleMinus} />
      {next
        ? t('open.closedOpens', { time: isSameLocalDay(next) ? formatTime(next, language) : formatWeekdayTime(next, language) })
        : t('open.closed')}
    </span>
  );
}
