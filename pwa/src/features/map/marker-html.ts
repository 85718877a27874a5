// The inner HTML of the map's markers. Leaflet's default image icons break under bundlers and cost
// requests, so every marker is a `divIcon` drawn by map.css. The accessible name is real text
// (visually hidden) rather than a `title`, so screen readers read it and the visible count is not
// read twice. Pure string building, unit-tested in Node; names come from listings, so escape them.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

function hiddenLabel(label: string): string {
  return `<span class="sk-visually-hidden">${escapeHtml(label)}</span>`;
}

/** A circle with the number of services inside; `label` is e.g. "12 diensten, inzoomen". */
export function clusterHtml(services: number, label: string): string {
  return `<span class="sk-cluster" aria-hidden="true">${services}</span>${hiddenLabel(label)}`;
}

/**
 * A pin; with a count for several services at one address, with a dot for one service. `wijkId`
 * (as `data-wijk`) lets the wijk layer name the wijk of a pin that has keyboard focus.
 */
export function pinHtml(services: number, label: string, wijkId: string | null): string {
  const head = services > 1 ? `<span class="sk-pin__count">${services}</span>` : '<span class="sk-pin__dot"></span>';
  const wijk = wijkId ? ` data-wijk="${escapeHtml(wijkId)}"` : '';
  return `<span class="sk-pin${services > 1 ? ' sk-pin--group' : ''}"${wijk} aria-hidden="true">${head}</span>${hiddenLabel(label)}`;
}

/** A target (ring and dot): the place the results are sorted by distance from. */
export function nearHtml(label: string): string {
  return `<span class="sk-near" aria-hidden="true"></span>${hiddenLabel(label)}`;
}
