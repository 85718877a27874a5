// Leaflet `divIcon`s for the map's markers (see marker-html.ts for why they are not images).
// Every marker is 44 × 44 px, the touch-target size WCAG 2.2 asks for at level AAA and more than
// the 24 px of AA, so a thumb can hit a cluster or a pin on a phone.
import { divIcon, type DivIcon } from 'leaflet';
import { clusterHtml, nearHtml, pinHtml } from './marker-html';

const SIZE = 44;

export function clusterIcon(services: number, label: string): DivIcon {
  return divIcon({
    html: clusterHtml(services, label),
    className: 'sk-marker sk-marker--cluster',
    iconSize: [SIZE, SIZE],
    iconAnchor: [SIZE / 2, SIZE / 2],
  });
}

export function pinIcon(services: number, label: string, wijkId: string | null): DivIcon {
  return divIcon({
    html: pinHtml(services, label, wijkId),
    className: 'sk-marker sk-marker--pin',
    iconSize: [SIZE, SIZE],
    // The pin's tip, at the bottom centre, is the location.
    iconAnchor: [SIZE / 2, SIZE],
    popupAnchor: [0, -SIZE],
  });
}

export function nearIcon(label: string): DivIcon {
  return divIcon({
    html: nearHtml(label),
    className: 'sk-marker sk-marker--near',
    iconSize: [SIZE, SIZE],
    iconAnchor: [SIZE / 2, SIZE / 2],
  });
}
