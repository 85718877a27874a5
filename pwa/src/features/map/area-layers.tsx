// The district and wijk outlines with their names, drawn from the bundled GeoJSON on every map
// (results and location), so the map shows where things are with or without tiles.
// Districts: a bold outline and a permanent name label while zoomed out. Wijken: thin outlines,
// the name on hover, and on keyboard focus of a pin inside the wijk (SVG outlines cannot take focus
// without adding 67 tab stops, so the pin stands in for them).
import { type Layer, type LeafletMouseEvent, type Path, type PathOptions, type Polygon, Tooltip } from 'leaflet';
import type { Feature } from 'geojson';
import { useEffect, useRef } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import { type AreaGeometry, DISTRICT_LABELS, DISTRICTS, WIJKEN, type WijkProperties } from './area-data';
import { DISTRICT_LABEL_MAX_ZOOM } from './map-config';

// Dark outlines on the light map background (map.css), at least 3:1 as WCAG asks of graphics.
const DISTRICT_STYLE: PathOptions = { color: '#1d3557', weight: 2.5, opacity: 0.9, fill: false, interactive: false };
const WIJK_STYLE: PathOptions = { color: '#4d5b6a', weight: 1, opacity: 0.8, dashArray: '4 3', fillColor: '#ffffff', fillOpacity: 0.01 };
const WATER_STYLE: PathOptions = { color: '#4f7fa8', weight: 1, opacity: 0.8, fillColor: '#a9cbe6', fillOpacity: 0.8 };
const WIJK_HIGHLIGHT: PathOptions = {
  color: '#0b5394',
  weight: 3,
  opacity: 1,
  dashArray: undefined,
  fillColor: '#0b5394',
  fillOpacity: 0.08,
};

// Leaflet types a GeoJSON layer's features loosely; these are the wijken of area-data.ts.
function wijkStyle(feature?: Feature): PathOptions {
  return (feature as Feature<AreaGeometry, WijkProperties> | undefined)?.properties.is_water ? WATER_STYLE : WIJK_STYLE;
}

function textElement(text: string, className: string): HTMLElement {
  // textContent, not innerHTML: Leaflet would parse a string content as HTML.
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** Between the outlines (400) and the markers (600): a label never covers a pin or a cluster's count. */

/** Where a label may move to when a marker covers its place, in pixels: just above, below, beside (further would name the wrong district). */
const LABEL_SHIFTS: readonly [number, number][] = [
  [0, 0],
  [0, -26],
  [0, 26],
  [-56, 0],
  [56, 0],
];

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Moves each district label off the markers, clusters and the labels placed before it (a name under
 * a cluster can be neither read nor tapped through): the first nearby place that is free, or hidden
 * when none is (zooming in makes room).
 */
function placeLabelsBesideMarkers(container: HTMLElement, tooltips: readonly Tooltip[]): void {
  // Markers first, then every label already placed: names must not cover each other either.
  const taken = [...container.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon')].map((m) => m.getBoundingClientRect());
  const elements = tooltips.map((tooltip) => tooltip.getElement()).filter((element) => element !== undefined);
  for (const element of elements) {
    element.style.translate = '';
    element.style.visibility = '';
  }
  for (const element of elements) {
    const home = element.getBoundingClientRect();
    const place = LABEL_SHIFTS.map(([x, y]) => new DOMRect(home.x + x, home.y + y, home.width, home.height)).find(
      (moved) => !taken.some((other) => overlaps(moved, other)),
    );
    if (!place) {
      element.style.visibility = 'hidden';
      continue;
    }
    taken.push(place);
    if (place.x !== home.x || place.y !== home.y) element.style.translate = `${place.x - home.x}px ${place.y - home.y}px`;
  }
}
const LABEL_PANE = 'sk-district-labels';

function DistrictLabels() {
  const map = useMap();
  useEffect(() => {
    if (!map.getPane(LABEL_PANE)) {
      const pane = map.createPane(LABEL_PANE);
      pane.style.zIndex = '450';
      pane.style.pointerEvents = 'none';
    }
    const tooltips = DISTRICT_LABELS.map((district) =>
      new Tooltip({ permanent: true, direction: 'center', interactive: false, className: 'sk-district-label', pane: LABEL_PANE })
        .setLatLng([district.latitude, district.longitude])
        .setContent(textElement(district.name, 'sk-area-name'))
        .addTo(map),
    );
    const container = map.getContainer();
    const onZoom = () => container.classList.toggle('sk-map--street-level', map.getZoom() > DISTRICT_LABEL_MAX_ZOOM);
    onZoom();
    // Markers come and go with every search and view change: place the labels once per frame after.
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => placeLabelsBesideMarkers(container, tooltips));
    };
    schedule();
    map.on('zoomend', onZoom);
    map.on('zoomend moveend layeradd layerremove resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      map.off('zoomend', onZoom);
      map.off('zoomend moveend layeradd layerremove resize', schedule);
      for (const tooltip of tooltips) tooltip.remove();
    };
  }, [map]);
  return null;
}

function WijkLayer() {
  const map = useMap();
  const layersById = useRef(new Map<string, Polygon>());
  const highlighted = useRef<Polygon | null>(null);

  useEffect(() => {
    const clear = () => {
      highlighted.current?.setStyle(WIJK_STYLE).closeTooltip();
      highlighted.current = null;
    };
    const onFocusIn = (event: FocusEvent) => {
      const wijkId = (event.target as Element | null)?.querySelector?.('[data-wijk]')?.getAttribute('data-wijk');
      const layer = wijkId ? layersById.current.get(wijkId) : undefined;
      if (layer === highlighted.current) return;
      clear();
      if (!layer) return;
      highlighted.current = layer;
      layer.setStyle(WIJK_HIGHLIGHT).openTooltip(layer.getCenter());
    };
    const container = map.getContainer();
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('focusout', clear);
    return () => {
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', clear);
    };
  }, [map]);

  const onEachFeature = (feature: Feature, layer: Layer) => {
    const wijk = feature.properties as WijkProperties;
    const polygon = layer as Polygon;
    layersById.current.set(wijk.id, polygon);
    polygon.bindTooltip(textElement(wijk.name, 'sk-area-name'), { sticky: true, className: 'sk-wijk-label' });
    if (wijk.is_water) return;
    polygon.on({
      mouseover: (event: LeafletMouseEvent) => (event.target as Path).setStyle(WIJK_HIGHLIGHT),
      mouseout: (event: LeafletMouseEvent) => {
        if (event.target !== highlighted.current) (event.target as Path).setStyle(WIJK_STYLE);
      },
    });
  };

  return <GeoJSON data={WIJKEN} style={wijkStyle} onEachFeature={onEachFeature} />;
}

/** Wijken below, districts on top, district names above both. */
export function AreaLayers() {
  return (
    <>
      <WijkLayer />
      <GeoJSON data={DISTRICTS} style={DISTRICT_STYLE} interactive={false} />
      <DistrictLabels />
    </>
  );
}
