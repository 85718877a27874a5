// One search result: enough to choose without opening it (name, organisation, distance, open or
// when it opens, languages, how recent the information is), and the referral card one tap away.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OpenStatus } from '../../../components/open-status';
import type { SearchHit } from '../../../lib/api-types';
import { formatDate, formatDistance, formatList, isStale } from '../../../lib/format';
import { languageName } from '../../../lib/reference-data';
import { lifeDomainIcon } from './life-domain-icons';
import { MapPin, TriangleAlert } from 'lucide-react';
import { Icon } from '../../../components/icon';

export function ResultCard({ hit, openAt }: { hit: SearchHit; openAt?: string | null }) {
  const { t, i18n } = useTranslation('search');
  const language = i18n.language;
  const distance = hit.location?.distance;
  return (
    <li className="result-card" data-testid="result" data-service-id={hit.id}>
      <h3 className="result-title">
        <Icon icon={lifeDomainIcon(hit.lifeDomains[0] ?? '')} className="domain-icon" />
        <Link to={`/diensten/${hit.id}`}>{hit.name}</Link>
      </h3>
      <p className="result-org">
        {hit.organization.name}
        {hit.isDemo && <span className="badge">{t('result.demo')}</span>}
      </p>
      {hit.shortDescription && <p className="result-description">{hit.shortDescription}</p>}
      <p className="result-meta">
        <OpenStatus open={hit.open} at={openAt} />
        {distance != null && (
          <span>
            <Icon icon={MapPin} />
            {t('result.distance', { distance: formatDistance(distance, language) })}
          </span>
        )}
        {hit.location?.district && <span>{hit.location.wijk?.name ?? hit.location.district.name}</span>}
      </p>
      {hit.languages.length > 0 && (
        <p className="result-languages">
          {t('result.languages')}:{' '}
          {formatList(
            hit.languages.map((code) => languageName(code, language)),
            language,
          )}
        </p>
      )}
      <p className={isStale(hit.lastVerifiedAt) ? 'result-verified is-stale' : 'result-verified'}>
        {isStale(hit.lastVerifiedAt) && <Icon icon={TriangleAlert} />}
        {hit.lastVerifiedAt ? t('result.verified', { date: formatDate(hit.lastVerifiedAt, language) }) : t('result.neverVerified')}
      </p>
      <p className="result-actions">
        <Link className="button" to={`/diensten/${hit.id}/verwijskaart`} aria-label={t('result.referralFor', { name: hit.name })}>
          {t('result.referral')}
        </Link>
      </p>
    </li>
  );
}
