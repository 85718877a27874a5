// "Mijn netwerk": the services a social worker refers to often, saved on this device and readable
// offline. Nothing leaves the phone.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../components/use-document-title';
import { formatDate } from '../../../lib/format';
import { removeFavourite, useFavourites } from '../../offline';

export function FavouritesPage() {
  const { t, i18n } = useTranslation('favourites');
  const favourites = useFavourites();
  useDocumentTitle(t('title'));
  return (
    <section className="page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {favourites.length === 0 ? (
        <p data-testid="favourites-empty">{t('empty')}</p>
      ) : (
        <ul className="result-list" data-testid="favourites">
          {favourites.map(({ id, service, savedAt }) => (
            <li key={id} className="result-card">
              <h2 className="result-title">
                <Link to={`/diensten/${id}`}>{service?.name ?? t('unknown')}</Link>
              </h2>
              {service && <p className="result-org">{service.organization.name}</p>}
              <p className="hint">{t('savedOn', { date: formatDate(savedAt, i18n.language) })}</p>
              <button type="button" className="button" onClick={() => void removeFavourite(id)}>
                {t('remove', { name: service?.name ?? '' })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
