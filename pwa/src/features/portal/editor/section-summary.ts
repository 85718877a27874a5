// The one-line summary of a folded editor section: its current value written out as the
// moderation diff writes it (hours per weekday, language names, costs), lines joined by " · ".
import { useTranslation } from 'react-i18next';
import { useValueFormat } from '../moderation/components/diff-table';
import { formatValue } from '../moderation/format-value';
import type { ListingValues } from './listing-values';

type SectionName = 'texts' | Exclude<keyof ListingValues, 'publicationState'>;

export function useSectionSummary(draft: ListingValues): (section: SectionName) => string {
  const format = useValueFormat();
  const { t } = useTranslation('editor');
  return (section) => {
    // No service area means the whole city (docs/hsds.md), not "none".
    if (section === 'serviceArea' && draft.serviceArea.length === 0) return t('fields.serviceArea.city');
    const value = section === 'texts' ? (draft.description ?? draft.name) : draft[section];
    return formatValue(section === 'texts' ? 'description' : section, value, format)
      .split('\n')
      .join(' · ');
  };
}
