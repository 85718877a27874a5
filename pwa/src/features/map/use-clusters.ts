// The markers to draw right now: supercluster is queried for the current view on every
// `moveend` (which Leaflet also fires after a zoom), so only what is visible becomes a marker.
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import { type ClusterIndex, createClusterIndex, itemsInView, type MapItem } from './cluster-index';
import type { LocationGroup } from './location-groups';

export function useClusters(groups: readonly LocationGroup[]): { index: ClusterIndex; items: MapItem[] } {
  const map = useMap();
  const index = useMemo(() => createClusterIndex(groups), [groups]);
  const [items, setItems] = useState<MapItem[]>([]);

  useEffect(() => {
    const update = () => {
      const bounds = map.getBounds();
      setItems(itemsInView(index, groups, [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], map.getZoom()));
    };
    update();
    map.on('moveend', update);
    return () => {
      map.off('moveend', update);
    };
  }, [map, index, groups]);

  return { index, items };
}
