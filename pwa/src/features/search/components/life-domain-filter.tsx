// Life domains as a grid of toggles with icons, folded away in the filter sheet (the tiles and the
// sub-domain row are the usual way in); a ticked domain shows its sub-domains.
import { useTranslation } from 'react-i18next';
import { useLifeDomains } from '../../../lib/reference-data';
import { lifeDomainIcon } from './life-domain-icons';
import { Icon } from '../../../components/icon';

interface Props {
  selected: string[];
  counts: Record<string, number> | undefined;
  onToggle: (code: string) => void;
}

export function LifeDomainFilter({ selected, counts, onToggle }: Props) {
  const { t } = useTranslation('search');
  const { t: tt } = useTranslation('taxonomy');
  const { data: domains } = useLifeDomains();
  if (!domains) return null;
  const count = (code: string) => (counts ? ` (${counts[code] ?? 0})` : '');
  return (
    <details className="filter-group">
      <summary>{t('filters.lifeDomain')}</summary>
      <div className="domain-grid">
        {domains.map((domain) => (
          <button
            key={domain.code}
            type="button"
            className="domain-toggle"
            aria-pressed={selected.includes(domain.code)}
            onClick={() => onToggle(domain.code)}
          >
            <Icon icon={lifeDomainIcon(domain.code)} className="domain-icon" />
            <span>
              {tt(`lifeDomain.${domain.code}`)}
              {count(domain.code)}
            </span>
          </button>
        ))}
      </div>
      {domains
        .filter((domain) => domain.children.length > 0 && selected.some((code) => code.split('/')[0] === domain.code))
        .map((domain) => (
          <div key={domain.code} className="subdomain-row" role="group" aria-label={tt(`lifeDomain.${domain.code}`)}>
            {domain.children.map((child) => (
              <button
                key={child.code}
                type="button"
                className="chip-toggle"
                aria-pressed={selected.includes(child.code)}
                onClick={() => onToggle(child.code)}
              >
                {tt(`lifeDomain.${child.code}`)}
                {count(child.code)}
              </button>
            ))}
          </div>
        ))}
    </details>
  );
}
