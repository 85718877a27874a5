// Imported first by main.tsx, for its side effect: the search worker starts reading IndexedDB
// before the rest of the app's modules are evaluated, i18n is loaded and React renders (all on
// the main thread, which a phone runs slowly), instead of when the search page first asks. The
// first screen offline is an on-device search, and navigator.onLine cannot tell: it stays true
// on a network that answers nothing (and in Chromium's offline emulation). Online the map
// searches on the device as well. Without data on the device the worker finds nothing and idles.
import { isOfflineDbAvailable } from '../../lib/offline-db';
import { startDeviceSearch } from './search-client.js';

if (typeof window !== 'undefined' && isOfflineDbAvailable()) {
  performance.mark('offline:start-early');
  startDeviceSearch();
}
