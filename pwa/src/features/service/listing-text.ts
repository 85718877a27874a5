// Listing text in a reader's language: the organisation's own translation when there is one, else
// the Dutch original (and the caller says so).
import type { SnapshotService } from '../offline';

export type TranslatableField = 'name' | 'description' | 'applicationProcess' | 'eligibilityDescription' | 'feesDescription' | 'alert';

export function listingText(
  service: SnapshotService,
  field: TranslatableField,
  language: string,
): { text: string | undefined; language: string; isTranslated: boolean } {
  const translated = language === 'nl' ? undefined : service.translations?.[language]?.[field];
  if (translated) return { text: translated, language, isTranslated: true };
  return { text: service[field] ?? undefined, language: 'nl', isTranslated: false };
}
