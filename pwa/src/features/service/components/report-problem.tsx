// "Een fout melden" on a listing: a disclosure that opens a short form (what is wrong, an
// optional explanation), sent without an account and without asking for personal data. The
// text survives a failed or offline attempt: it is only cleared once the report has arrived.
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfflineStatus } from '../../offline';
import {
  FEEDBACK_TOPICS,
  type FeedbackTopic,
  MESSAGE_MAX_LENGTH,
  messageLength,
  type ReportField,
  type ReportFailure,
  ReportProblemError,
  useReportProblem,
} from '../api/report-problem';

type Status = 'sent' | Exclude<ReportFailure['kind'], 'invalid'> | null;

export function ReportProblem({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation('service');
  const id = useId();
  const { isOnline } = useOfflineStatus();
  const [isOpen, setIsOpen] = useState(false);
  const [topic, setTopic] = useState<FeedbackTopic | null>(null);
  const [message, setMessage] = useState('');
  const [invalid, setInvalid] = useState<ReportField[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const firstTopic = useRef<HTMLInputElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const report = useReportProblem(serviceId);

  const length = messageLength(message);
  const isTooLong = length > MESSAGE_MAX_LENGTH;
  const ids = { form: `${id}-form`, topicError: `${id}-topic-error`, message: `${id}-message` };
  const messageIds = { hint: `${id}-message-hint`, privacy: `${id}-privacy`, counter: `${id}-counter`, error: `${id}-message-error` };

  const messageError = !invalid.includes('message')
    ? null
    : isTooLong
      ? t('report.errors.messageTooLong', { max: MESSAGE_MAX_LENGTH })
      : length === 0
        ? t('report.errors.messageRequired')
        : t('report.errors.message');

  const toggle = () => {
    setIsOpen((open) => !open);
    if (status === 'sent') setStatus(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    // No topic chosen is caught here: the request could not be typed without one.
    if (!topic) {
      setInvalid(['topic']);
      firstTopic.current?.focus();
      return;
    }
    report.mutate(
      { topic, message },
      {
        onSuccess: () => {
          setStatus('sent');
          setIsOpen(false);
          setTopic(null);
          setMessage('');
          setInvalid([]);
        },
        onError: (error) => {
          const failure: ReportFailure = error instanceof ReportProblemError ? error.failure : { kind: 'failed' };
          if (failure.kind !== 'invalid') {
            setStatus(failure.kind);
            return;
          }
          setInvalid(failure.fields);
          (failure.fields.includes('topic') ? firstTopic : textarea).current?.focus();
        },
      },
    );
  };

  return (
    <div className="report-problem">
      <button type="button" className="button" aria-expanded={isOpen} aria-controls={ids.form} onClick={toggle}>
        {t('report.link')}
      </button>
      {isOpen && (
        <form id={ids.form} className="report-form" noValidate onSubmit={submit} aria-label={t('report.link')}>
          {!isOnline && <p className="notice notice-warning">{t('report.offline')}</p>}
          <fieldset className="filter-group" aria-describedby={invalid.includes('topic') ? ids.topicError : undefined}>
            <legend>{t('report.topicLegend')}</legend>
            {invalid.includes('topic') && (
              <p id={ids.topicError} className="field-error">
                {t('report.errors.topic')}
              </p>
            )}
            {FEEDBACK_TOPICS.map((value, index) => (
              <label key={value} className="check">
                <input
                  ref={index === 0 ? firstTopic : undefined}
                  type="radio"
                  name={`${id}-topic`}
                  value={value}
                  checked={topic === value}
                  onChange={() => {
                    setTopic(value);
                    setInvalid((fields) => fields.filter((field) => field !== 'topic'));
                  }}
                />
                {t(`report.topics.${value}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={ids.message}>{t('report.messageLabel')}</label>
            <p id={messageIds.hint} className="hint">
              {t('report.messageHint')}
            </p>
            <p id={messageIds.privacy} className="hint">
              {t('report.privacy')}
            </p>
            {messageError && (
              <p id={messageIds.error} className="field-error">
                {messageError}
              </p>
            )}
            <textarea
              ref={textarea}
              id={ids.message}
              rows={5}
              dir="auto"
              value={message}
              aria-invalid={messageError ? true : undefined}
              aria-describedby={[messageIds.hint, messageIds.privacy, messageIds.counter, messageError ? messageIds.error : '']
                .filter(Boolean)
                .join(' ')}
              onChange={(event) => setMessage(event.target.value)}
            />
            <p id={messageIds.counter} className={isTooLong ? 'field-error' : 'hint'}>
              {t(isTooLong ? 'report.counterOver' : 'report.counter', { length, max: MESSAGE_MAX_LENGTH })}
            </p>
          </div>
          <button type="submit" className="button button-primary" disabled={report.isPending}>
            {report.isPending ? t('report.sending') : t('report.submit')}
          </button>
        </form>
      )}
      <p className="report-status" role="status" aria-live="polite">
        {status && t(`report.status.${status}`)}
      </p>
    </div>
  );
}
