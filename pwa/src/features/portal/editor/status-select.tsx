// A service's HSDS operational status (active, inactive, temporarily closed, defunct), in words.
import { useTranslation } from 'react-i18next';
import type { ListingValues } from './listing-values';

const STATUSES = ['active', 'inactive', 'temporarily closed', 'defunct'] as const;

export function StatusSelect({
  value,
  onChange,
  error,
}: {
  value: ListingValues['status'];
  onChange: (v: ListingValues['status']) => void;
  error?: string;
}) {
  const { t } = useTranslation('editor');
  return (
    <div className="field field-select">
      <label htmlFor="service-status">{t('page.fieldNames.status')}</label>
      {error && (
        <p id="service-status-error" className="field-error">
          {error}
        </p>
      )}
      <select
        id="service-status"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'service-status-error' : undefined}
        onChange={(event) => onChange(event.target.value as ListingValues['status'])}
      >
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`page.statuses.${status.replace(' ', '-')}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
