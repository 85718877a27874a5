// The offline feature's public face: sync, status, on-device search, records and favourites.
export { startOfflineSync } from './sync.js';
export { getOfflineStatus, useOfflineStatus, type OfflineStatus } from './offline-status.js';
export { searchOnDevice } from './search-client.js';
export { recordDeviceSearch } from './search-log.js';
export type { DeviceSearchResponse } from '@sociale-kaart/core';
export { getServiceRecord } from './service-record.js';
export { addFavourite, isFavourite, listFavourites, removeFavourite, useFavourites, type Favourite } from './favourites.js';
export type { Snapshot, SnapshotService } from './snapshot-types.js';
