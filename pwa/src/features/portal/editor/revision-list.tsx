// A service's or organisation's revisions in a line each: when, which fields, and for a rejected
// one the moderator's comment. Shared by the service editor and the organisation's details form.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { PendingRevision } from './api/listings';

export function RevisionList({ revisions }: { revisions: readonly PendingRevision[] }) {
  const { t, i18n } = useTranslation('editor');
  return (
    <ul>
      {revisions.map((revision) => {
        const date = formatDate(
          revision.status === 'rejected' ? (revision.reviewedAt ?? revision.createdAt) : revision.createdAt,
          i18n.language,
        );
        return (
          <li key={revision.id}>
            {revision.status === 'rejected' ? t('page.rejectedOn', { date }) : date}:{' '}
            {revision.diff.map((d) => t(`page.fieldNames.${d.field}`, { defaultValue: d.field })).join(', ')}
            {revision.status === 'rejected' && revision.comment && (
              <>
                {' · '}
                <q dir="auto">{revision.comment}</q>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
