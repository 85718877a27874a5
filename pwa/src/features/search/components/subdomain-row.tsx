// The sub-domains of the one life domain searched, one tap from the results: a sub-domain replaces
// its parent (search-filters.ts), "all" goes back to the parent.
import { useTranslation } from 'react-i18next';
import { useLifeDomains } from '../../../lib/reference-data';

interface Props {
  selected: string[];
  counts: Record<string, number> | undefined;
  onChoose: (codes: string[]) => void;
}

export function SubdomainRow({ selected, counts, onChoose }: Props) {
  const { t } = useTranslation('search');
  const { t: tt } = useTranslation('taxonomy');
  const { data: domains } = useLifeDomains();
  const parents = [...new Set(selected.map((code) => code.split('/')[0]))];
  const domain = parents.length === 1 ? domains?.find((d) => d.code === parents[0]) : undefined;
  if (!domain || domain.children.length === 0) return null;
  const count = (code: string) => (counts?.[code] !== undefined ? ` (${counts[code]})` : '');
  const toggleChild = (code: string) => {
    const children = selected.filter((c) => c !== domain.code);
    const next = children.includes(code) ? children.filter((c) => c !== code) : [...children, code];
    onChoose(next.length > 0 ? next : [domain.code]);
  };
  return (
    <div className="subdomain-row" role="group" aria-label={t('subdomains.label', { domain: tt(`lifeDomain.${domain.code}`) })}>
      <button type="button" className="chip-toggle" aria-pressed={selected.includes(domain.code)} onClick={() => onChoose([domain.code])}>
        {t('subdomains.all')}
      </button>
      {domain.children.map((child) => (
        <button
          key={child.code}
          type="button"
          className="chip-toggle"
          aria-pressed={selected.includes(child.code)}
          onClick={() => toggleChild(child.code)}
        >
          {tt(`lifeDomain.${child.code}`)}
          {count(child.code)}
        </button>
      ))}
    </div>
  );
}
