// A change field by field: the label, the value before and the value after, each written out by
// formatValue so hours, lists and translations read as text, with the words that changed within
// the field struck out on the before side and marked on the after side.
import { useTranslation } from 'react-i18next';
import { changedParts, type TextPart } from '../changed-parts';
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
        {fields.map(({ field, before, after }) => {
          const parts = changedParts(formatValue(field, before, format), formatValue(field, after, format));
          return (
            <tr key={field}>
              <th scope="row">{fieldLabel(field, format)}</th>
              <td className="diff-before" dir="auto">
                <Parts parts={parts.before} Mark="del" />
              </td>
              <td className="diff-after" dir="auto">
                <Parts parts={parts.after} Mark="ins" />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Parts({ parts, Mark }: { parts: TextPart[]; Mark: 'del' | 'ins' }) {
  return parts.map((part, index) => (part.isChanged ? <Mark key={index}>{part.text}</Mark> : part.text));
}
