// The map feature: Leaflet lives only here. Import this module lazily
// (`lazy(() => import('../map').then((m) => ({ default: m.ResultsMap })))`) so that Leaflet, its CSS
// and the district/wijk GeoJSON stay out of the initial bundle.
import 'leaflet/dist/leaflet.css';
import './map.css';

export { ResultsMap, type ResultsMapProps } from './results-map';
export { LocationMap, type LocationMapProps } from './location-map';
export { TILE_URL } from './map-config';
export { LocationPinMap, type LocationPinMapProps } from './location-pin-map';
export { placeOf } from './place-of';
export { ChoroplethMap, type AreaClass, type AreaLevel, type ChoroplethMapProps } from './choropleth-map';
