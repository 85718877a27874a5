// The bundled outlines of Antwerp's 10 districts and 67 wijken (data/geo, see its SOURCE.md),
// so the map shows where things are without tiles: offline, and in tests where tiles never load.
// Imported as text and parsed once: Vite does not treat `.geojson` as JSON, and a raw string also
// parses faster than the equivalent object literal. This module is only reached from the lazy map
// chunk, so the ~110 KB stay out of the initial bundle.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import districtsText from '@data/geo/antwerp-districts.geojson?raw';
import wijkenText from '@data/geo/antwerp-wijken.geojson?raw';
import districtFacts from '@data/geo/antwerp-districts.json';

export interface DistrictProperties {
  /** Slug, e.g. `borgerhout`; the same ids as the API's districts. */
  id: string;
  name: string;
  postcodes: string[];
}

export interface WijkProperties {
  /** Source code, e.g. `11002Z09`; the same ids as the API's wijken. */
  id: string;
  name: string;
  district_id: string | null;
  district: string | null;
  /** Only the Scheldt: drawn as water, not as a neighbourhood. */
  is_water: boolean;
}

export type AreaGeometry = Polygon | MultiPolygon;

export const DISTRICTS = JSON.parse(districtsText) as FeatureCollection<AreaGeometry, DistrictProperties>;
export const WIJKEN = JSON.parse(wijkenText) as FeatureCollection<AreaGeometry, WijkProperties>;

export interface DistrictLabel {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

/**
 * Where each district's name goes: the centre of its central wijk ("core" in data/geo), not
 * the polygon's centroid, which for district Antwerpen falls in the port.
 */
export const DISTRICT_LABELS: DistrictLabel[] = districtFacts.districts.map((district) => ({
  id: district.id,
  name: district.name,
  latitude: district.core.lat,
  longitude: district.core.lng,
}));
