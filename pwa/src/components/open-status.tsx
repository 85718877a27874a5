// "Open · closes at 17:00" / "Closed · opens Mon 09:00": said in words and marked by an icon, not
// by colour alone.
import { useTranslation } from 'react-i18next';
import type { OpenStatus as OpenStatusData } from '../lib/api-types';
import { formatTime, formatWeekdayTime, isSameLocalDay } from '../lib/format';
import { CircleCheck, CircleMinus } from 'lucide-react';
import { Icon } from './icon';

export function OpenStatus({ open }: { open: OpenStatusData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (!open.hasHours) return <span className="open-status open-status-unknown">{t('open.noHours')}</span>;
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
