// The districts the search is filtered on: outlined boldly, the rest of the city dimmed, and the
// view zoomed to them, so "clients living in Borgerhout" shows Borgerhout rather than the city.
import { geoJSON, type PathOptions } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import { type AreaGeometry, DISTRICTS, type DistrictProperties } from './area-data';
import { FIT_PADDING } from './map-config';

const HIGHLIGHT_STYLE: PathOptions = {
  className: 'sk-district-highlight',
  weight: 4,
  opacity: 1,
  fillOpacity: 0.1,
  interactive: false,
};

export function DistrictHighlight({ districtIds }: { districtIds: readonly string[] }) {
  const map = useMap();
  const signature = [...districtIds].sort().join(',');
  const chosen = useMemo<FeatureCollection<AreaGeometry, DistrictProperties>>(
    () => ({
      type: 'FeatureCollection',
      features: DISTRICTS.features.filter((f: Feature<AreaGeometry, DistrictProperties>) => districtIds.includes(f.properties.id)),
    }),
    // `signature` stands for the ids: an equal list is the same highlight.
    [signature],
  );

  useEffect(() => {
    const container = map.getContainer();
    if (chosen.features.length === 0) {
      delete container.dataset.districts;
      return;
    }
    container.dataset.districts = signature;
    const bounds = geoJSON(chosen).getBounds();
    const fit = () => map.fitBounds(bounds, { padding: FIT_PADDING });
    // A hidden map has no size to fit into yet (see FitToResults).
    if (map.getSize().x > 0) fit();
    else map.once('resize', fit);
    return () => {
      map.off('resize', fit);
    };
  }, [map, chosen, signature]);

  if (chosen.features.length === 0) return null;
  // Keyed by the ids: react-leaflet's GeoJSON reads its data only when it is created.
  return <GeoJSON key={signature} data={chosen} style={HIGHLIGHT_STYLE} interactive={false} />;
}
