// Coordinates for demo addresses: a deterministic point well inside the intended wijk, checked with
// the same PlaceLocator that derives a location's district and wijk on save. The polygons are
// simplified (about 10 m), so points keep a margin from every border.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { PlaceLocator } from '../../../modules/places/place-locator.js';
import type { WijkFeatures, WijkProperties } from '../reference-files.js';
import { randomFor } from './seeded-random.js';

export interface LatLng {
  latitude: number;
  longitude: number;
}

/** Metres a demo point keeps from the wijk border. */
const BORDER_MARGIN_M = 40;
/** Largest distance from the wijk's centre (or the given anchor) at which points are drawn. */
const MAX_SPREAD_M = 600;
const ANCHOR_SPREAD_M = 250;
const GRID_STEPS = 40;
const ATTEMPTS = 1000;

const METRES_PER_DEGREE_LAT = 111_132;

interface WijkShape {
  feature: Feature<Polygon | MultiPolygon, WijkProperties>;
  rings: Position[][];
  /** The point farthest from the border on a grid, and that distance. */
  centre?: { point: LatLng; radius: number };
}

export class WijkPoints {
  private readonly locator: PlaceLocator;
  private readonly shapes = new Map<string, WijkShape>();

  constructor(wijken: WijkFeatures) {
    this.locator = new PlaceLocator(wijken);
    for (const feature of wijken.features) {
      const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      this.shapes.set(feature.properties.id, { feature, rings: polygons.flat() });
    }
  }

  has(wijkId: string): boolean {
    const shape = this.shapes.get(wijkId);
    return shape !== undefined && !shape.feature.properties.is_water;
  }

  districtName(districtId: string): string | undefined {
    for (const { feature } of this.shapes.values()) {
      if (feature.properties.district_id === districtId && feature.properties.district) return feature.properties.district;
    }
    return undefined;
  }

  properties(wijkId: string): WijkProperties {
    const shape = this.shapes.get(wijkId);
    if (!shape) throw new Error(`Unknown wijk ${wijkId}`);
    return shape.feature.properties;
  }

  /**
   * A point inside `wijkId`, the same for the same `key` on every run. Drawn around `near` when
   * given (for wijken that are mostly port or polder, so the address lands in the village), else
   * around the wijk's most central point.
   */
  pointIn(wijkId: string, key: string, near?: LatLng): LatLng {
    const shape = this.shapes.get(wijkId);
    if (!shape || shape.feature.properties.is_water) throw new Error(`Unknown wijk ${wijkId} for ${key}`);
    if (near && !this.fits(shape, near)) {
      throw new Error(`The anchor of ${key} (${near.latitude}, ${near.longitude}) is not inside wijk ${wijkId}`);
    }
    const centre = near ?? this.centreOf(shape).point;
    const spread = near ? ANCHOR_SPREAD_M : Math.min(this.centreOf(shape).radius, MAX_SPREAD_M);
    const random = randomFor('demo-point', key);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const distance = spread * Math.sqrt(random());
      const angle = 2 * Math.PI * random();
      const candidate = round(offset(centre, distance * Math.cos(angle), distance * Math.sin(angle)));
      if (this.fits(shape, candidate)) return candidate;
    }
    throw new Error(`No point inside wijk ${wijkId} for ${key}`);
  }

  private fits(shape: WijkShape, point: LatLng): boolean {
    return (
      this.locator.locate(point.latitude, point.longitude).wijkId === shape.feature.properties.id &&
      distanceToRings(point, shape.rings) >= BORDER_MARGIN_M
    );
  }

  private centreOf(shape: WijkShape): { point: LatLng; radius: number } {
    if (shape.centre) return shape.centre;
    const [west, south, east, north] = bounds(shape.rings);
    let best: { point: LatLng; radius: number } | undefined;
    for (let i = 1; i < GRID_STEPS; i++) {
      for (let j = 1; j < GRID_STEPS; j++) {
        const point = { latitude: south + ((north - south) * i) / GRID_STEPS, longitude: west + ((east - west) * j) / GRID_STEPS };
        if (!booleanPointInPolygon([point.longitude, point.latitude], shape.feature)) continue;
        const radius = distanceToRings(point, shape.rings);
        if (!best || radius > best.radius) best = { point, radius };
      }
    }
    if (!best) throw new Error(`Wijk ${shape.feature.properties.id} has no interior point on the grid`);
    shape.centre = best;
    return best;
  }
}

function bounds(rings: Position[][]): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [lng, lat] of ring) {
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return [west, south, east, north];
}

const metresPerDegreeLng = (latitude: number) => METRES_PER_DEGREE_LAT * Math.cos((latitude * Math.PI) / 180);

function offset(from: LatLng, eastMetres: number, northMetres: number): LatLng {
  return {
    latitude: from.latitude + northMetres / METRES_PER_DEGREE_LAT,
    longitude: from.longitude + eastMetres / metresPerDegreeLng(from.latitude),
  };
}

/** 6 decimals (about 10 cm), as in the geo files; the check runs on the rounded point. */
const round = ({ latitude, longitude }: LatLng): LatLng => ({
  latitude: Math.round(latitude * 1e6) / 1e6,
  longitude: Math.round(longitude * 1e6) / 1e6,
});

/** Shortest distance in metres from a point to any ring edge (equirectangular; fine at city scale). */
function distanceToRings(point: LatLng, rings: Position[][]): number {
  const kx = metresPerDegreeLng(point.latitude);
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const ax = (ring[i - 1][0] - point.longitude) * kx;
      const ay = (ring[i - 1][1] - point.latitude) * METRES_PER_DEGREE_LAT;
      const bx = (ring[i][0] - point.longitude) * kx;
      const by = (ring[i][1] - point.latitude) * METRES_PER_DEGREE_LAT;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}
