// The popup of one address: the services there, each a link to its detail page and whether it is
// open now. Rendered with
// React (react-leaflet portals it into Leaflet's popup), so links use the router.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';
import { Link } from 'react-router';
import { OpenStatus } from '../../components/open-status';
import type { LocationGroup } from './location-groups';

export function ResultsPopup({ group }: { group: LocationGroup }) {
  const { t } = useTranslation('map');
  const map = useMap();
  const ref = useRef<HTMLDivElement>(null);
  const location = group.hits[0]?.location;
  const place = location?.address ?? location?.name;
  const hasSeveral = group.hits.length > 1;

  useEffect(() => {
    // Leaflet puts popups after all markers in the DOM: without this, a keyboard user would have to
    // tab past every marker to reach the links. preventScroll: scrolling Leaflet's panes shifts the map.
    ref.current?.querySelector('a')?.focus({ preventScroll: true });
  }, []);

  return (
    <div
      className="sk-popup"
      ref={ref}
      onKeyDown={(event) => {
        // Leaflet's own Escape handling only listens while the map container itself has focus.
        if (event.key === 'Escape') map.closePopup();
      }}
    >
      {hasSeveral && (
        <p className="sk-popup__title" dir="auto">
          {t('servicesAtAddress', { count: group.hits.length })}
        </p>
      )}
      {place && (
        <p className="sk-popup__place" dir="auto">
          {place}
        </p>
      )}
      <ul className="sk-popup__list">
        {group.hits.map((hit) => (
          <li key={hit.id} className="sk-popup__item">
            <Link to={`/diensten/${hit.id}`} className="sk-popup__link" dir="auto">
              {hit.name}
            </Link>
            <span className="sk-popup__organization" dir="auto">
              {hit.organization.name}
            </span>
            <span className="sk-popup__open">
              <OpenStatus open={hit.open} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
