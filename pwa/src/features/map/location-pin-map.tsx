// A map to set a location's pin: click the map or drag the pin. Loaded lazily with Leaflet.
// It is built from the map feature's parts (tiles, credits, zoom control, bundled outlines), so it
// works the same and still shows the district and wijk outlines when no tiles load.
import 'leaflet/dist/leaflet.css';
import './map.css';
import { latLng, type LeafletEvent, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { MapContainer, Marker, useMap, useMapEvents } from 'react-leaflet';
import { AreaLayers } from './area-layers';
import { MapBase } from './map-base';
import { DEFAULT_CENTER, DEFAULT_ZOOM, LOCATION_ZOOM, MAX_ZOOM } from './map-config';
import { pinIcon } from './marker-icons';

export interface LocationPinMapProps {
  latitude: number | null;
  longitude: number | null;
  /** The map's accessible name. */
  label: string;
  /** The pin's accessible name. */
  pinLabel: string;
  /** Degrees as Leaflet gives them; the caller rounds. */
  onPick: (latitude: number, longitude: number) => void;
}

function PickOnClick({ onPick }: Pick<LocationPinMapProps, 'onPick'>) {
  useMapEvents({ click: (event) => onPick(event.latlng.lat, event.latlng.lng) });
  return null;
}

/** Brings a pin typed in the coordinate fields into view; a pin set on the map is in view already. */
function FollowPin({ latitude, longitude }: { latitude: number | null; longitude: number | null }) {
  const map = useMap();
  useEffect(() => {
    if (latitude === null || longitude === null) return;
    const pin = latLng(latitude, longitude);
    if (!map.getBounds().contains(pin)) map.setView(pin, Math.max(map.getZoom(), LOCATION_ZOOM));
  }, [map, latitude, longitude]);
  return null;
}

export function LocationPinMap({ latitude, longitude, label, pinLabel, onPick }: LocationPinMapProps) {
  const icon = useMemo(() => pinIcon(1, pinLabel, null), [pinLabel]);
  const hasPin = latitude !== null && longitude !== null;
  const events = useMemo(
    () => ({
      dragend: (event: LeafletEvent) => {
        const { lat, lng } = (event.target as LeafletMarker).getLatLng();
        onPick(lat, lng);
      },
    }),
    [onPick],
  );
  return (
    <MapContainer
      center={hasPin ? [latitude, longitude] : DEFAULT_CENTER}
      zoom={hasPin ? LOCATION_ZOOM : DEFAULT_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomControl={false}
      // The page scrolls past the map; zooming is for the buttons and pinching.
      scrollWheelZoom={false}
      className="sk-map sk-map--location location-pin-map"
    >
      <MapBase label={label} role="region" hasZoomControl />
      <AreaLayers />
      <PickOnClick onPick={onPick} />
      <FollowPin latitude={latitude} longitude={longitude} />
      {/* No tab stop: a pin cannot be dragged from the keyboard; the coordinate fields are the way there. */}
      {hasPin && <Marker position={[latitude, longitude]} icon={icon} draggable keyboard={false} eventHandlers={events} />}
    </MapContainer>
  );
}
