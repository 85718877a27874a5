// The services behind an area's figure: those serving its residents under the page's filters,
// most local first, each a link to its detail page and marked with how it reaches the area (its
// own service area, the district's, the whole city); the search with the same filters one tap on.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AreaLevel, useAreaServices } from '../api/coverage';
import { insightsQuery, type InsightsFilters } from '../insights-filters';

interface Props {
  level: AreaLevel;
  areaId: string;
  areaName: string;
  filters: InsightsFilters;
}

export function AreaServices({ level, areaId, areaName, filters }: Props) {
  const { t } = useTranslation('insights');
  const services = useAreaServices(areaId, filters);
  const searchLink = `/?${new URLSearchParams({ ...insightsQuery(filters), [level]: areaId }).toString()}`;
  return (
    <section className="area-services" aria-labelledby="area-services-heading" data-testid="area-services">
      <h2 id="area-services-heading" tabIndex={-1}>
        {t('area.heading', { area: areaName })}
      </h2>
      {services.isPending ? (
        <p role="status">{t('loading')}</p>
      ) : services.isError ? (
        <p className="notice notice-error">{t('failed')}</p>
      ) : (
        <>
          <p role="status" data-testid="area-services-total">
            {t('area.total', { count: services.data.total })}
          </p>
          <ul className="area-service-list">
            {services.data.items.map((service) => (
              <li key={service.id}>
                <Link to={`/diensten/${service.id}`} dir="auto">
                  {service.name}
                </Link>
                <span className="area-service-org">
                  <bdi>{service.organization.name}</bdi> · {t(`area.reach.${service.reach}`)}
                </span>
              </li>
            ))}
          </ul>
          {services.data.total > services.data.items.length && (
            <p>
              <Link to={searchLink}>{t('area.all', { count: services.data.total })}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
