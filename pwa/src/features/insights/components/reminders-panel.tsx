// For moderators and admins on the freshness page: the organisations with stale listings, the
// mail each would get, and a button that sends the reminders through the API's mail module
// (at most once per organisation and week; the API records who sent them). Writes carry the
// portal session's CSRF token, as the portal's own client sends it. Nobody else sees this panel,
// and its request is never made for them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Send } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { formatDate } from '../../../lib/format';
import { type PortalSession, useKnownSession } from '../../portal';
import { type Reminders, type SentReminders, getReminders, sendReminders } from '../api/reminders';

export function RemindersPanel() {
  const session = useKnownSession();
  const role = session.data?.user.role;
  if (!session.data || (role !== 'moderator' && role !== 'admin')) return null;
  return <ReminderList session={session.data} />;
}

function ReminderList({ session }: { session: PortalSession }) {
  const { t, i18n } = useTranslation('insights');
  const queryClient = useQueryClient();
  const reminders = useQuery({ queryKey: ['insights', 'reminders'], queryFn: ({ signal }) => getReminders(signal) });
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const send = useMutation({
    mutationFn: (ids: string[]) => sendReminders(ids, session.csrfToken),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['insights', 'reminders'] }),
  });
  if (reminders.isPending) return <p role="status">{t('loading')}</p>;
  if (reminders.isError) return <p className="notice notice-error">{t('failed')}</p>;
  const sendable = (r: Reminders['reminders'][number]) => r.mail !== null && r.sentThisWeekAt === null;
  const selected = chosen ?? new Set(reminders.data.reminders.filter(sendable).map((r) => r.organization.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  return (
    <section className="insights-section reminders" aria-labelledby="reminders-heading" data-testid="reminders">
      <h2 id="reminders-heading">{t('reminders.title')}</h2>
      <p>{t('reminders.intro')}</p>
      {reminders.data.total > reminders.data.reminders.length && (
        <p data-testid="reminders-shown">{t('reminders.shown', { shown: reminders.data.reminders.length, total: reminders.data.total })}</p>
      )}
      {reminders.data.reminders.length === 0 ? (
        <p>{t('reminders.empty')}</p>
      ) : (
        <ul className="reminder-list">
          {reminders.data.reminders.map((reminder) => {
            const id = reminder.organization.id;
            return (
              <li key={id} className="moderation-card">
                <label className="check">
                  <input type="checkbox" checked={selected.has(id)} disabled={!sendable(reminder)} onChange={() => toggle(id)} />
                  <span>
                    <bdi className="reminder-name">{reminder.organization.name}</bdi>{' '}
                    {t('reminders.stale', { count: reminder.staleListings.length })}
                  </span>
                </label>
                <p className="reminder-status">
                  {reminder.sentThisWeekAt
                    ? t('reminders.sentOn', { date: formatDate(reminder.sentThisWeekAt, i18n.language) })
                    : reminder.organization.email
                      ? t('reminders.to', { email: reminder.organization.email })
                      : t('reminders.noEmail')}
                </p>
                {reminder.mail && (
                  <details>
                    <summary>{t('reminders.mail')}</summary>
                    <p className="reminder-subject" lang="nl">
                      {reminder.mail.subject}
                    </p>
                    <pre className="reminder-text" lang="nl">
                      {reminder.mail.text}
                    </pre>
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className="button button-primary"
        disabled={selected.size === 0 || send.isPending}
        onClick={() => send.mutate([...selected])}
      >
        <Icon icon={Send} />
        <span>{t('reminders.send', { count: selected.size })}</span>
      </button>
      <SendResult result={send.data} isError={send.isError} />
    </section>
  );
}

function SendResult({ result, isError }: { result: SentReminders | undefined; isError: boolean }) {
  const { t } = useTranslation('insights');
  if (isError)
    return (
      <p className="notice notice-error" role="alert">
        {t('reminders.failed')}
      </p>
    );
  if (!result) return null;
  return (
    <p className="notice notice-info" role="status" data-testid="reminders-result">
      {t('reminders.sent', { count: result.sent.length })}
      {result.skipped.length > 0 && ` ${t('reminders.skipped', { count: result.skipped.length })}`}
    </p>
  );
}
