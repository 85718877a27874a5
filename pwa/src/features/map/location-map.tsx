// A small map of one address for a service's detail page: one pin on the district and wijk
// outlines. Still by default (no dragging, zooming or tab stop) so that scrolling the page on a
// phone never gets caught by the map; `isInteractive` turns panning and zooming on.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker } from 'react-leaflet';
import { AreaLayers } from './area-layers';
import { MapBase } from './map-base';
import { LOCATION_ZOOM, MAX_ZOOM } from './map-config';
import { pinIcon } from './marker-icons';
import { Recenter } from './view-helpers';

export interface LocationMapProps {
  latitude: number;
  longitude: number;
  /** What is there, e.g. the address; names the map and the pin. */
  label: string;
  isInteractive?: boolean;
  /** Read once, when the map is created. */
  className?: string;
}

export function LocationMap({ latitude, longitude, label, isInteractive = false, className }: LocationMapProps) {
  const { t } = useTranslation('map');
  const icon = useMemo(() => pinIcon(1, label, null), [label]);
  return (
    <MapContainer
      center={[latitude, longitude]}
      zoom={LOCATION_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomControl={false}
      dragging={isInteractive}
      touchZoom={isInteractive}
      doubleClickZoom={isInteractive}
      scrollWheelZoom={false}
      boxZoom={isInteractive}
      keyboard={isInteractive}
      className={['sk-map', 'sk-map--location', className].filter(Boolean).join(' ')}
    >
      <MapBase label={t('locationMapLabel', { label })} role={isInteractive ? 'region' : 'group'} hasZoomControl={isInteractive} />
      <AreaLayers />
      <Marker position={[latitude, longitude]} icon={icon} keyboard={false} interactive={false} />
      <Recenter latitude={latitude} longitude={longitude} zoom={LOCATION_ZOOM} />
    </MapContainer>
  );
}
