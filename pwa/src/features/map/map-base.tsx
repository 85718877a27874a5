// What every map of the app has: the tile layer, the credits in Leaflet's attribution control, a
// Dutch (translated) zoom control, and the fixes Leaflet needs to be accessible and to keep its size
// right inside a responsive layout. Leaflet's own strings are English; they are replaced here.
import type { PopupEvent } from 'leaflet';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TileLayer, useMap, ZoomControl } from 'react-leaflet';
import { EMPTY_TILE, MAX_ZOOM, TILE_URL } from './map-config';

interface MapBaseProps {
  /** The accessible name of the map container. */
  label: string;
  /** `region` for a map one works with (a landmark), `group` for an illustration. */
  role: 'region' | 'group';
  hasZoomControl: boolean;
}

/** `dir="auto"`: credits in a left-to-right language stay readable in a right-to-left page. */
function isolated(html: string): string {
  return `<span dir="auto">${html}</span>`;
}

function useContainerSemantics(label: string, role: MapBaseProps['role']) {
  const map = useMap();
  useEffect(() => {
    // MapContainer does not pass ARIA attributes through to its div.
    const container = map.getContainer();
    container.setAttribute('role', role);
    container.setAttribute('aria-label', label);
  }, [map, label, role]);
}

function useAttribution() {
  const map = useMap();
  const { t } = useTranslation('map');
  useEffect(() => {
    const control = map.attributionControl;
    if (!control) return;
    control.setPrefix(isolated(t('leafletPrefix')));
    const credits = [isolated(t('attributionOsm')), isolated(t('attributionWijken'))];
    for (const credit of credits) control.addAttribution(credit);
    return () => {
      for (const credit of credits) control.removeAttribution(credit);
    };
  }, [map, t]);
}

function usePopupCloseLabel() {
  const map = useMap();
  const { t } = useTranslation('map');
  useEffect(() => {
    const label = t('closePopup');
    const onOpen = (event: PopupEvent) => {
      const button = event.popup.getElement()?.querySelector('.leaflet-popup-close-button');
      button?.setAttribute('aria-label', label);
      button?.setAttribute('title', label);
    };
    map.on('popupopen', onOpen);
    return () => {
      map.off('popupopen', onOpen);
    };
  }, [map, t]);
}

function useInvalidateOnResize() {
  const map = useMap();
  useEffect(() => {
    // Leaflet only watches the window; the map's box also changes when a list/map toggle or a
    // sidebar resizes it, and a stale size leaves grey bands and wrong bounds.
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
}

export function MapBase({ label, role, hasZoomControl }: MapBaseProps) {
  const { t, i18n } = useTranslation('map');
  useContainerSemantics(label, role);
  useAttribution();
  usePopupCloseLabel();
  useInvalidateOnResize();
  // The UI language's direction, also while its map strings still fall back to Dutch.
  const isRtl = i18n.dir(i18n.language) === 'rtl';
  return (
    <>
      {/* Failed tiles (offline, no network in tests) become transparent; the outlines still show. */}
      <TileLayer url={TILE_URL} maxZoom={MAX_ZOOM} errorTileUrl={EMPTY_TILE} />
      {hasZoomControl && (
        <ZoomControl
          // A control's titles are fixed when it is created: a new language makes a new control.
          key={`${i18n.language}-${isRtl ? 'rtl' : 'ltr'}`}
          position={isRtl ? 'topright' : 'topleft'}
          zoomInTitle={t('zoomIn')}
          zoomOutTitle={t('zoomOut')}
        />
      )}
    </>
  );
}
