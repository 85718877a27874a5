// A change field by field: the label, the value before and the value after, each written out by
// formatValue so hours, lists and translations read as text.
import { useTranslation } from 'react-i18next';
import { fieldLabel, formatValue, type ValueFormatContext } from '../format-value';

interface Props {
  fields: { field: string; before: unknown; after: unknown }[];
  caption: string;
  beforeLabel: string;
  afterLabel: string;
}

export function useValueFormat(): ValueFormatContext {
  const { t, i18n } = useTranslation('moderation');
  const { t: taxonomy } = useTranslation('taxonomy');
  return { t, taxonomy, language: i18n.language };
}

export function DiffTable({ fields, caption, beforeLabel, afterLabel }: Props) {
  const { t } = useTranslation('moderation');
  const format = useValueFormat();
  if (fields.length === 0) return <p className="hint">{t('diff.nothing')}</p>;
  return (
    <table className="diff-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('diff.field')}</th>
          <th scope="col">{beforeLabel}</th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map(({ field, before, after }) => (
          <tr key={field}>
            <th scope="row">{fieldLabel(field, format)}</th>
            <td className="diff-before" dir="auto">
              {formatValue(field, before, format)}
            </td>
            <td className="diff-after" dir="auto">
              {formatValue(field, after, format)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
