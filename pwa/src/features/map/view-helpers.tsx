// Children that move a map's view with `useMap()`, so MapContainer's props (read only once by
// react-leaflet) never have to change.
import { latLngBounds, type LatLngTuple } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { LocationGroup } from './location-groups';
import { FIT_MAX_ZOOM, FIT_PADDING } from './map-config';

interface FitToResultsProps {
  groups: readonly LocationGroup[];
  near?: { latitude: number; longitude: number } | null;
}

/** Fits the view to the results and `near` whenever they change; keeps the view when there are none. */
export function FitToResults({ groups, near }: FitToResultsProps) {
  const map = useMap();
  const points = useMemo(() => {
    const list: LatLngTuple[] = groups.map((group) => [group.latitude, group.longitude]);
    if (near) list.push([near.latitude, near.longitude]);
    return list;
  }, [groups, near]);
  // Callers often pass a fresh but equal array on each render: refit only when the places change.
  const signature = points.join(';');

  useEffect(() => {
    if (points.length === 0) return;
    const fit = () => {
      if (points.length === 1) map.setView(points[0], FIT_MAX_ZOOM);
      else map.fitBounds(latLngBounds(points), { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM });
    };
    // A hidden map (the list view of a list/map toggle) has no size to fit into: wait until it has.
    if (map.getSize().x > 0) {
      fit();
      return;
    }
    map.once('resize', fit);
    return () => {
      map.off('resize', fit);
    };
    // `signature` stands for `points`: an equal list must not refit (and undo the user's panning).
  }, [map, signature]);

  return null;
}

/** Keeps a location map centred when it is reused for another address. */
export function Recenter({ latitude, longitude, zoom }: { latitude: number; longitude: number; zoom: number }) {
  const map = useMap();
  useEffect(() => {
    map.setView([latitude, longitude], zoom);
  }, [map, latitude, longitude, zoom]);
  return null;
}
