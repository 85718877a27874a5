// /inzicht/rapport: the printable A4 report of each district, one link each.
import { FileText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../components/icon';
import { PageLoading } from '../../../components/page-loading';
import { useDistricts } from '../../../lib/reference-data';
import { InsightsLayout } from './insights-layout';

export function ReportsPage() {
  const { t } = useTranslation('insights');
  const districts = useDistricts();
  return (
    <InsightsLayout title={t('report.heading')} intro={t('report.intro')}>
      {districts.isPending ? (
        <PageLoading />
      ) : districts.isError ? (
        <p className="notice notice-error">{t('failed')}</p>
      ) : (
        <ul className="report-links" data-testid="report-links">
          {[...districts.data]
            .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
            .map((district) => (
              <li key={district.id}>
                <Link to={`/inzicht/rapport/${district.id}`}>
                  <Icon icon={FileText} />
                  <span>{t('report.title', { district: district.name })}</span>
                </Link>
              </li>
            ))}
        </ul>
      )}
    </InsightsLayout>
  );
}
