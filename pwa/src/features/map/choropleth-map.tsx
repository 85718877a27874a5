// A choropleth of the 10 districts or the 67 wijken (the bundled outlines): each area filled with
// its class's colour and labelled with the class number, so the map reads without colour (the
// legend beside it lists what each number means). Tapping an area selects it; the table next to
// the map is the keyboard's way to the same selection (67 SVG outlines as tab stops would not be).
import { geoJSON, type LatLngBounds, latLngBounds, type Layer, type PathOptions, type Polygon, Tooltip } from 'leaflet';
import type { Feature } from 'geojson';
import { useEffect, useMemo } from 'react';
import { GeoJSON, MapContainer, useMap } from 'react-leaflet';
import { DISTRICT_LABELS, DISTRICTS, WIJKEN } from './area-data';
import { MapBase } from './map-base';
import { DEFAULT_CENTER, DEFAULT_ZOOM, FIT_PADDING, MAX_ZOOM } from './map-config';

export type AreaLevel = 'district' | 'wijk';

export interface AreaClass {
  /** The number printed on the area and in the legend. */
  index: number;
  /** A fill colour; lighter for fewer, so the order also reads in greyscale. */
  colour: string;
}

export interface ChoroplethMapProps {
  level: AreaLevel;
  /** Class of each area by id; an area without one is drawn without fill. */
  classes: ReadonlyMap<string, AreaClass>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The accessible name of the map. */
  label: string;
  /** Changes when the figures change: the labels are placed anew. */
  signature: string;
}

interface AreaProperties {
  id: string;
  name: string;
  is_water?: boolean;
}

const OUTLINE = '#1d3557';
const WATER_STYLE: PathOptions = { color: '#4f7fa8', weight: 1, fillColor: '#a9cbe6', fillOpacity: 0.8, interactive: false };

function areaStyle(classes: ChoroplethMapProps['classes'], selectedId: string | null, level: AreaLevel) {
  return (feature?: Feature): PathOptions => {
    const properties = feature?.properties as AreaProperties | undefined;
    if (!properties || properties.is_water) return WATER_STYLE;
    const areaClass = classes.get(properties.id);
    const isSelected = properties.id === selectedId;
    return {
      color: OUTLINE,
      weight: isSelected ? 4 : level === 'district' ? 2 : 1,
      opacity: 1,
      fillColor: areaClass?.colour ?? '#ffffff',
      fillOpacity: areaClass ? 0.85 : 0.2,
      className: isSelected ? 'sk-choropleth-area sk-choropleth-area--selected' : 'sk-choropleth-area',
    };
  };
}

function classLabel(text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'sk-class-number';
  element.textContent = text;
  return element;
}

const LABEL_PANE = 'sk-class-labels';

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Shows an area's number only where it fits: inside its area on screen and clear of the numbers
 * already shown, largest areas first. A number that does not fit waits for the user to zoom in
 * (the table lists every area's class meanwhile); a number over the wrong area would mislead.
 */
function showLabelsThatFit(labels: readonly (readonly [Polygon, Tooltip])[]): void {
  const shown: DOMRect[] = [];
  const bySize = labels
    .map(([layer, label]) => ({ area: layer.getElement()?.getBoundingClientRect(), element: label.getElement() }))
    .filter((entry) => entry.area && entry.element)
    .sort((a, b) => b.area!.width * b.area!.height - a.area!.width * a.area!.height);
  for (const { area, element } of bySize) {
    element!.style.visibility = '';
    const box = element!.getBoundingClientRect();
    const fits = box.width <= area!.width * 0.8 && box.height <= area!.height * 0.8 && !shown.some((other) => overlaps(box, other));
    element!.style.visibility = fits ? '' : 'hidden';
    if (fits) shown.push(box);
  }
}

/** Where an area's number goes: a district's core wijk (its centroid may lie in the port), else the outline's centre. */
function labelPlace(level: AreaLevel, id: string, layer: Polygon): [number, number] {
  const district = level === 'district' ? DISTRICT_LABELS.find((d) => d.id === id) : undefined;
  if (district) return [district.latitude, district.longitude];
  const centre = layer.getBounds().getCenter();
  return [centre.lat, centre.lng];
}

/**
 * The dense city, not its whole extent: the port and polder wijken in the north are as large as
 * all the others together, and fitting them made the central wijken too small to tap on a phone.
 * Leaving out the largest few (by outline) frames the neighbourhoods; zooming out shows the rest.
 */
const LARGEST_LEFT_OUT = 6;
function coreBounds(): LatLngBounds {
  const byArea = WIJKEN.features
    .filter((f) => !f.properties.is_water)
    .map((f) => geoJSON(f).getBounds())
    .map((b) => ({ b, area: (b.getNorth() - b.getSouth()) * (b.getEast() - b.getWest()) }))
    .sort((x, y) => x.area - y.area);
  const kept = byArea.slice(0, Math.max(1, byArea.length - LARGEST_LEFT_OUT));
  return kept.reduce((all, { b }) => all.extend(b), latLngBounds(kept[0].b.getSouthWest(), kept[0].b.getNorthEast()));
}

function FitCity() {
  const map = useMap();
  useEffect(() => {
    const bounds = coreBounds();
    const fit = () => map.fitBounds(bounds, { padding: FIT_PADDING.map((p) => p / 4) as [number, number] });
    if (map.getSize().x > 0) fit();
    else map.once('resize', fit);
    return () => {
      map.off('resize', fit);
    };
  }, [map]);
  return null;
}

function AreaFill({ level, classes, selectedId, onSelect, signature }: Omit<ChoroplethMapProps, 'label'>) {
  const map = useMap();
  const data = level === 'district' ? DISTRICTS : WIJKEN;
  const style = useMemo(() => areaStyle(classes, selectedId, level), [classes, selectedId, level]);
  const layers = useMemo(() => new Map<string, Polygon>(), [level, signature]);

  useEffect(() => {
    if (!map.getPane(LABEL_PANE)) {
      const pane = map.createPane(LABEL_PANE);
      pane.style.zIndex = '450';
      pane.style.pointerEvents = 'none';
    }
    const labels: [Polygon, Tooltip][] = [];
    for (const [id, layer] of layers) {
      const areaClass = classes.get(id);
      if (!areaClass) continue;
      const label = new Tooltip({ permanent: true, direction: 'center', interactive: false, className: 'sk-class-label', pane: LABEL_PANE })
        .setLatLng(labelPlace(level, id, layer))
        .setContent(classLabel(String(areaClass.index)))
        .addTo(map);
      labels.push([layer, label]);
    }
    let frame = 0;
    const place = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => showLabelsThatFit(labels));
    };
    place();
    map.on('zoomend moveend resize', place);
    return () => {
      cancelAnimationFrame(frame);
      map.off('zoomend moveend resize', place);
      for (const [, label] of labels) label.remove();
    };
  }, [map, layers, classes, level]);

  const onEachFeature = (feature: Feature, layer: Layer) => {
    const area = feature.properties as AreaProperties;
    if (area.is_water) return;
    const polygon = layer as Polygon;
    layers.set(area.id, polygon);
    const name = document.createElement('span');
    name.className = 'sk-area-name';
    name.textContent = area.name;
    polygon.bindTooltip(name, { sticky: true, className: 'sk-wijk-label' });
    polygon.on('add', () => polygon.getElement()?.setAttribute('data-area', area.id));
    polygon.on('click', () => onSelect(area.id));
  };

  // Keyed: react-leaflet's GeoJSON reads data and onEachFeature only when it is created.
  return <GeoJSON key={`${level}-${signature}`} data={data} style={style} onEachFeature={onEachFeature} />;
}

export function ChoroplethMap({ label, ...props }: ChoroplethMapProps) {
  return (
    <MapContainer
      center={DEFAULT_CENTER}
      zoom={DEFAULT_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomControl={false}
      scrollWheelZoom={false}
      className="sk-map sk-map--choropleth"
    >
      <MapBase label={label} role="region" hasZoomControl />
      <FitCity />
      <AreaFill {...props} />
    </MapContainer>
  );
}
