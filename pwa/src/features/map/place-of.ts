// The district and wijk a point lies in, from the bundled outlines, as the API derives them on save
// (point in polygon over the wijken). Null outside Antwerp and on the Scheldt.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { WIJKEN } from './area-data';

export function placeOf(latitude: number, longitude: number): { districtName: string; wijkName: string } | null {
  const point: [number, number] = [longitude, latitude];
  const wijk = WIJKEN.features.find((feature) => booleanPointInPolygon(point, feature));
  if (!wijk || wijk.properties.is_water || !wijk.properties.district) return null;
  return { districtName: wijk.properties.district, wijkName: wijk.properties.name };
}
