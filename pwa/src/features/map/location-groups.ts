// Groups search hits by address: several services at the same coordinates share one pin whose
// popup lists them, instead of stacking pins that cannot be told apart or clicked. Pure logic, no
// Leaflet, so it is unit-tested in Node.
import type { SearchHit } from '../../lib/api-types';

/**
 * Decimals kept when comparing coordinates: 1e-5° is about 1.1 m of latitude and 0.7 m of
 * longitude in Antwerp, so geocodes of one building land in one group and neighbours do not.
 */
const COORDINATE_DECIMALS = 5;

export interface LocationGroup {
  /** Stable for the same rounded coordinates; used as the React key and the supercluster id. */
  key: string;
  latitude: number;
  longitude: number;
  /** In the order of the results, so the popup lists them as the results list does. */
  hits: SearchHit[];
}

export function coordinateKey(latitude: number, longitude: number): string {
  return `${latitude.toFixed(COORDINATE_DECIMALS)},${longitude.toFixed(COORDINATE_DECIMALS)}`;
}

/** The hits that have a location, grouped by rounded coordinates, groups in order of first appearance. */
export function groupByLocation(hits: readonly SearchHit[]): LocationGroup[] {
  const groups = new Map<string, LocationGroup>();
  for (const hit of hits) {
    const location = hit.location;
    if (!location || !Number.isFinite(location.latitude) || !Number.isFinite(location.longitude)) continue;
    const key = coordinateKey(location.latitude, location.longitude);
    const group = groups.get(key);
    if (group) group.hits.push(hit);
    else groups.set(key, { key, latitude: location.latitude, longitude: location.longitude, hits: [hit] });
  }
  return [...groups.values()];
}

/** The wijk all services of a group are in (they share coordinates, so the first one's). */
export function wijkIdOf(group: LocationGroup): string | null {
  return group.hits[0]?.location?.wijk?.id ?? null;
}
