// The results as markers: clusters (a count; activating one zooms in until it falls apart) and
// address pins (one service, or several at one address under a single pin with a popup listing them).
// Markers are Leaflet `keyboard` markers: focusable, role=button, Enter opens or zooms.
import type { LeafletKeyboardEvent } from 'leaflet';
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker, Popup, useMap } from 'react-leaflet';
import type { Marker as LeafletMarker } from 'leaflet';
import { type ClusterIndex, expansionZoom } from './cluster-index';
import { type LocationGroup, wijkIdOf } from './location-groups';
import { clusterIcon, pinIcon } from './marker-icons';
import { ResultsPopup } from './results-popup';
import { useClusters } from './use-clusters';

/** role=button promises Space as well as Enter; Leaflet itself only handles Enter (for popups). */
function isActivation(event: LeafletKeyboardEvent, keys: readonly string[]): boolean {
  if (!keys.includes(event.originalEvent.key)) return false;
  event.originalEvent.preventDefault();
  return true;
}

interface ClusterMarkerProps {
  index: ClusterIndex;
  clusterId: number;
  latitude: number;
  longitude: number;
  services: number;
}

const ClusterMarker = memo(function ClusterMarker({ index, clusterId, latitude, longitude, services }: ClusterMarkerProps) {
  const map = useMap();
  const { t } = useTranslation('map');
  const icon = useMemo(() => clusterIcon(services, t('clusterLabel', { count: services })), [services, t]);
  const zoomIn = (fromKeyboard: boolean) => {
    // The cluster's marker disappears with the zoom; keep keyboard focus in the map, not on <body>.
    if (fromKeyboard) map.getContainer().focus({ preventScroll: true });
    map.setView([latitude, longitude], expansionZoom(index, clusterId, map.getMaxZoom()));
  };
  return (
    <Marker
      position={[latitude, longitude]}
      icon={icon}
      keyboard
      eventHandlers={{
        click: () => zoomIn(false),
        keydown: (event: LeafletKeyboardEvent) => {
          if (isActivation(event, ['Enter', ' '])) zoomIn(true);
        },
      }}
    />
  );
});

const GroupMarker = memo(function GroupMarker({ group }: { group: LocationGroup }) {
  const { t } = useTranslation('map');
  const markerRef = useRef<LeafletMarker>(null);
  const count = group.hits.length;
  const label = count > 1 ? t('servicesAtAddress', { count }) : group.hits[0].name;
  const icon = useMemo(() => pinIcon(count, label, wijkIdOf(group)), [count, label, group]);
  return (
    <Marker
      ref={markerRef}
      position={[group.latitude, group.longitude]}
      icon={icon}
      keyboard
      eventHandlers={{
        keydown: (event: LeafletKeyboardEvent) => {
          if (isActivation(event, [' '])) markerRef.current?.openPopup();
        },
        popupclose: () => {
          // Back to the pin when the popup took focus with it (Escape, close button), not on a click elsewhere.
          const active = document.activeElement;
          if (!active || active === document.body || active.closest('.leaflet-popup')) {
            markerRef.current?.getElement()?.focus({ preventScroll: true });
          }
        },
      }}
    >
      <Popup
        maxHeight={280}
        minWidth={200}
        // Room above the popup for the zoom control (two 44 px buttons at the top corner), so
        // panning never leaves the popup's first lines under it.
        autoPanPaddingTopLeft={[12, 112]}
        autoPanPaddingBottomRight={[12, 12]}
      >
        <ResultsPopup group={group} />
      </Popup>
    </Marker>
  );
});

export function ResultsMarkers({ groups }: { groups: readonly LocationGroup[] }) {
  const { index, items } = useClusters(groups);
  return items.map((item) =>
    item.kind === 'cluster' ? (
      <ClusterMarker
        key={item.key}
        index={index}
        clusterId={item.clusterId}
        latitude={item.latitude}
        longitude={item.longitude}
        services={item.services}
      />
    ) : (
      <GroupMarker key={item.key} group={item.group} />
    ),
  );
}
