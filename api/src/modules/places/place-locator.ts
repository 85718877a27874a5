import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { PlaceStatus } from '../../database/entities/index.js';
import type { WijkFeatures, WijkProperties } from '../../database/seeds/reference-files.js';

export interface Place {
  status: PlaceStatus;
  districtId: string | null;
  wijkId: string | null;
}

interface IndexedArea {
  feature: Feature<Polygon | MultiPolygon, WijkProperties>;
  box: [number, number, number, number];
}

/**
 * Point in polygon over the 67 wijken polygons (the Scheldt among them). Linear over a bounding-box
 * pre-check: 67 polygons do not need a spatial index.
 */
export class PlaceLocator {
  private readonly areas: IndexedArea[];

  constructor(wijken: WijkFeatures) {
    this.areas = wijken.features.map((feature) => ({ feature, box: bbox(feature) as IndexedArea['box'] }));
  }

  locate(latitude: number | null | undefined, longitude: number | null | undefined): Place {
    if (latitude == null || longitude == null || !Number.isFinite(latitude) || !Number.isFinite(longitude)) {
      return { status: 'unknown', districtId: null, wijkId: null };
    }
    const point: [number, number] = [longitude, latitude];
    for (const { feature, box } of this.areas) {
      if (longitude < box[0] || latitude < box[1] || longitude > box[2] || latitude > box[3]) continue;
      if (!booleanPointInPolygon(point, feature)) continue;
      const { is_water, id, district_id } = feature.properties;
      return is_water ? { status: 'water', districtId: null, wijkId: null } : { status: 'inside', districtId: district_id, wijkId: id };
    }
    return { status: 'outside', districtId: null, wijkId: null };
  }
}
