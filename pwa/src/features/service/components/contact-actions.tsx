// The one-tap actions of a listing: call, directions, e-mail, website, save, referral card.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SnapshotService } from '../../offline';
import { FavouriteButton } from '../../favourites';
import { Globe, IdCard, Mail, Navigation, Phone } from 'lucide-react';
import { Icon } from '../../../components/icon';

/**
 * A `geo:` link (RFC 5870) opens the phone's own maps app at the place, ready for directions, with
 * no account or key; the label is what the app shows on the pin.
 */
export function geoUrl(location: { latitude: number; longitude: number }, label: string): string {
  const point = `${location.latitude},${location.longitude}`;
  return `geo:${point}?q=${point}(${encodeURIComponent(label)})`;
}

function telUrl(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export function ContactActions({ service, label }: { service: SnapshotService; label: string }) {
  const { t } = useTranslation('service');
  const phone = service.phones?.[0];
  const location = service.locations?.[0];
  return (
    <ul className="actions" aria-label={t('actions.label')}>
      {phone && (
        <li>
          <a className="button button-primary" href={telUrl(phone.number)}>
            <Icon icon={Phone} />
            {t('actions.call', { number: phone.number })}
          </a>
        </li>
      )}
      {location && (
        <li>
          <a className="button button-primary" href={geoUrl(location, label)} data-testid="directions">
            <Icon icon={Navigation} />
            {t('actions.route')}
          </a>
        </li>
      )}
      {service.email && (
        <li>
          <a className="button" href={`mailto:${service.email}`}>
            <Icon icon={Mail} />
            {t('actions.email')}
          </a>
        </li>
      )}
      {service.url && (
        <li>
          <a className="button" href={service.url} target="_blank" rel="noreferrer">
            <Icon icon={Globe} />
            {t('actions.website')}
          </a>
        </li>
      )}
      <li>
        <FavouriteButton service={service} />
      </li>
      <li>
        <Link className="button" to={`/diensten/${service.id}/verwijskaart`}>
          <Icon icon={IdCard} />
          {t('actions.referral')}
        </Link>
      </li>
    </ul>
  );
}
