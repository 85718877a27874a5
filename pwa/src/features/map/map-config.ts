// Map settings shared by the results map and the location map: where the tiles come from, the
// default view and the clustering radius. The tile server is configurable so that a deployment can
// use its own (or a paid) tile service instead of the OpenStreetMap Foundation's volunteer servers.

/**
 * Tile URL template; `VITE_TILE_URL` overrides the OpenStreetMap default at build time.
 * `env?.`: outside Vite (the Node unit tests) `import.meta.env` does not exist.
 */
export const TILE_URL = (import.meta.env?.VITE_TILE_URL as string | undefined) || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Antwerp's Grote Markt area, the view before any results are known. */
export const DEFAULT_CENTER: [number, number] = [51.2194, 4.4025];
export const DEFAULT_ZOOM = 12;
/** The OpenStreetMap standard tiles stop at 19. */
export const MAX_ZOOM = 19;
/** The location map on a detail page: the streets around one address and the nearest wijk borders. */
export const LOCATION_ZOOM = 15;

/** Cluster radius in screen pixels: wide enough that neighbouring 44 px markers rarely touch (their centres are weighted, so a radius of one marker is not enough). */
export const CLUSTER_RADIUS = 80;
/** Above this zoom every address gets its own marker (services at one address share one pin anyway). */
export const CLUSTER_MAX_ZOOM = 17;
/** District labels crowd the markers when zoomed in to street level; hide them from this zoom on. */
export const DISTRICT_LABEL_MAX_ZOOM = 14;

/** Padding around the results when the view is fitted to them, in pixels (room for the pins' heads). */
export const FIT_PADDING: [number, number] = [48, 48];
/** Fitting to a single address should not zoom in further than this. */
export const FIT_MAX_ZOOM = 16;

/** A transparent pixel shown for tiles that fail to load (offline, blocked), so no broken images appear. */
export const EMPTY_TILE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
