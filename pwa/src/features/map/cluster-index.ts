// Clusters address groups with supercluster so that thousands of results stay readable and fast:
// only the clusters and groups inside the current view become markers. A cluster counts services,
// not addresses, because that is what the user is looking for. Pure logic, unit-tested in Node.
import Supercluster from 'supercluster';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS } from './map-config';
import type { LocationGroup } from './location-groups';

interface GroupPointProps {
  groupIndex: number;
  services: number;
}

interface ClusterProps {
  services: number;
}

export type ClusterIndex = Supercluster<GroupPointProps, ClusterProps>;

/** What the map draws: a cluster of addresses, or one address with one or more services. */
export type MapItem =
  | { kind: 'cluster'; key: string; clusterId: number; latitude: number; longitude: number; services: number }
  | { kind: 'group'; key: string; group: LocationGroup };

/** West, south, east, north in degrees, as Leaflet's `LatLngBounds` gives them. */
export type BoundingBox = [number, number, number, number];

export function createClusterIndex(groups: readonly LocationGroup[]): ClusterIndex {
  const index: ClusterIndex = new Supercluster<GroupPointProps, ClusterProps>({
    radius: CLUSTER_RADIUS,
    // supercluster measures the radius against a 512 px world at zoom 0; Leaflet's is 256 px.
    extent: 256,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (props) => ({ services: props.services }),
    reduce: (accumulated, props) => {
      accumulated.services += props.services;
    },
  });
  index.load(
    groups.map((group, groupIndex) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [group.longitude, group.latitude] },
      properties: { groupIndex, services: group.hits.length },
    })),
  );
  return index;
}

/** The clusters and single groups to draw in `bbox` at `zoom`. */
export function itemsInView(index: ClusterIndex, groups: readonly LocationGroup[], bbox: BoundingBox, zoom: number): MapItem[] {
  return index.getClusters(bbox, Math.floor(zoom)).map((feature): MapItem => {
    const [longitude, latitude] = feature.geometry.coordinates as [number, number];
    const props = feature.properties;
    if ('cluster' in props && props.cluster) {
      return {
        kind: 'cluster',
        key: `cluster-${props.cluster_id}`,
        clusterId: props.cluster_id,
        latitude,
        longitude,
        services: props.services,
      };
    }
    const group = groups[(props as GroupPointProps).groupIndex];
    return { kind: 'group', key: group.key, group };
  });
}

/** The zoom at which a cluster falls apart, capped so a click never zooms past the tiles. */
export function expansionZoom(index: ClusterIndex, clusterId: number, maxZoom: number): number {
  return Math.min(index.getClusterExpansionZoom(clusterId), maxZoom);
}
