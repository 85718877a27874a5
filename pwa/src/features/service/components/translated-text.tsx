// A paragraph of listing text in the reader's language when translated, else in Dutch marked
// with `lang="nl"` (so a screen reader pronounces it right).
import type { SnapshotService } from '../../offline';
import { listingText, type TranslatableField } from '../listing-text';

interface Props {
  service: SnapshotService;
  field: TranslatableField;
  language: string;
  as?: 'p' | 'span';
  className?: string;
}

export function TranslatedText({ service, field, language, as: Tag = 'p', className }: Props) {
  const { text, language: textLanguage } = listingText(service, field, language);
  if (!text) return null;
  return (
    <Tag className={className} lang={textLanguage === language ? undefined : textLanguage} dir="auto">
      {text}
    </Tag>
  );
}
