// The way in by need: the life domains as large tiles, the way Ask Izzy and SF Service Guide open.
// A tile searches its whole domain; its sub-domains are one tap further, above the results.
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/icon';
import { useLifeDomains } from '../../../lib/reference-data';
import { lifeDomainIcon } from './life-domain-icons';

export function DomainTiles({ onChoose, isCompact = false }: { onChoose: (code: string) => void; isCompact?: boolean }) {
  const { t } = useTranslation('search');
  const { t: tt } = useTranslation('taxonomy');
  const { data: domains, isError } = useLifeDomains();
  if (isError) return <p className="notice notice-warning">{t('home.noDomains')}</p>;
  if (!domains) return null;
  return (
    <nav aria-labelledby="domains-heading" className={isCompact ? 'home-domains is-compact' : 'home-domains'}>
      <h2 id="domains-heading">{t('home.domains')}</h2>
      <ul className="domain-tiles">
        {domains.map((domain) => (
          <li key={domain.code}>
            <button type="button" className="domain-tile" data-code={domain.code} onClick={() => onChoose(domain.code)}>
              <Icon icon={lifeDomainIcon(domain.code)} className="domain-icon" />
              <span>{tt(`lifeDomain.${domain.code}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
