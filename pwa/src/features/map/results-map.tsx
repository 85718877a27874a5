// The search results on a map of Antwerp: clustered markers, one pin per address, the search
// location, and the district and wijk outlines that make the map readable without tiles.
// Lazy-loaded by the search screen (this module pulls in Leaflet and the GeoJSON).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker } from 'react-leaflet';
import type { SearchHit } from '../../lib/api-types';
import { AreaLayers } from './area-layers';
import { DistrictHighlight } from './district-highlight';
import { groupByLocation } from './location-groups';
import { MapBase } from './map-base';
import { DEFAULT_CENTER, DEFAULT_ZOOM, MAX_ZOOM } from './map-config';
import { nearIcon } from './marker-icons';
import { ResultsMarkers } from './results-markers';
import { FitToResults } from './view-helpers';

export interface ResultsMapProps {
  hits: SearchHit[];
  /** The place results are sorted by distance from (the client's address, "near me"). */
  near?: { latitude: number; longitude: number } | null;
  /** Districts the search is filtered on (ids as in data/geo; other ids, e.g. wijken, are ignored): highlighted, and the view zoomed to them. */
  districts?: readonly string[];
  /** Read once, when the map is created (react-leaflet does not update the container's props). */
  className?: string;
}

function NearMarker({ latitude, longitude }: { latitude: number; longitude: number }) {
  const { t } = useTranslation('map');
  const icon = useMemo(() => nearIcon(t('nearLabel')), [t]);
  // Not a button (there is nothing to open), so not a tab stop; its name is still in the page text.
  return <Marker position={[latitude, longitude]} icon={icon} keyboard={false} interactive={false} zIndexOffset={-1000} />;
}

export function ResultsMap({ hits, near, districts = [], className }: ResultsMapProps) {
  const { t } = useTranslation('map');
  const groups = useMemo(() => groupByLocation(hits), [hits]);
  return (
    <MapContainer
      center={DEFAULT_CENTER}
      zoom={DEFAULT_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomControl={false}
      className={['sk-map', 'sk-map--results', className].filter(Boolean).join(' ')}
    >
      <MapBase label={t('resultsMapLabel')} role="region" hasZoomControl />
      <AreaLayers />
      <DistrictHighlight districtIds={districts} />
      <ResultsMarkers groups={groups} />
      {near && <NearMarker latitude={near.latitude} longitude={near.longitude} />}
      {/* With districts chosen, the view is theirs (DistrictHighlight), not the results'. */}
      {districts.length === 0 && <FitToResults groups={groups} near={near} />}
    </MapContainer>
  );
}
