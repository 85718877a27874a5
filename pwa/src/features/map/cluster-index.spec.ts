import { describe, expect, it } from '@jest/globals';
import { createClusterIndex, expansionZoom, itemsInView, type BoundingBox } from './cluster-index';
import type { LocationGroup } from './location-groups';
import { CLUSTER_MAX_ZOOM } from './map-config';

const ANTWERP: BoundingBox = [4.2, 51.1, 4.6, 51.4];

function group(key: string, latitude: number, longitude: number, services: number): LocationGroup {
  const hits = Array.from({ length: services }, (_, i) => ({ id: `${key}-${i}` }) as LocationGroup['hits'][number]);
  return { key, latitude, longitude, hits };
}

describe('cluster index', () => {
  // Two addresses 10 m apart near the Grote Markt, one in Ekeren.
  const groups = [group('markt-1', 51.2213, 4.3997, 1), group('markt-2', 51.2214, 4.3998, 3), group('ekeren', 51.2806, 4.4341, 2)];
  const index = createClusterIndex(groups);

  it('clusters nearby addresses when zoomed out and counts services, not addresses', () => {
    const items = itemsInView(index, groups, ANTWERP, 12);
    const cluster = items.find((item) => item.kind === 'cluster');
    expect(cluster).toMatchObject({ kind: 'cluster', services: 4 });
    expect(items.filter((item) => item.kind === 'group').map((item) => item.key)).toEqual(['ekeren']);
  });

  it('shows every address on its own above the clustering zoom', () => {
    const items = itemsInView(index, groups, ANTWERP, CLUSTER_MAX_ZOOM + 1);
    expect(items.map((item) => item.kind)).toEqual(['group', 'group', 'group']);
  });

  it('returns only what lies in the view', () => {
    const ekerenOnly: BoundingBox = [4.42, 51.27, 4.45, 51.29];
    expect(itemsInView(index, groups, ekerenOnly, 12).map((item) => item.key)).toEqual(['ekeren']);
  });

  it('zooms a cluster in to where it falls apart, capped at the maximum zoom', () => {
    const cluster = itemsInView(index, groups, ANTWERP, 12).find((item) => item.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('expected a cluster');
    const zoom = expansionZoom(index, cluster.clusterId, 19);
    expect(zoom).toBeGreaterThan(12);
    expect(expansionZoom(index, cluster.clusterId, 13)).toBe(13);
  });
});
