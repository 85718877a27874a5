// Checks over HTTP, as a person's browser would ask, that a freshly started app serves the demo map:
// the app shell, the map chunk with the district and wijk outlines bundled from data/geo, the demo
// listings in search (all marked as demo, in every district) and in the phones' snapshot.
// Usage: node .ci/serves-demo-map.mjs <base URL> [pid of the app, to stop waiting when it dies]
const [base, pid] = process.argv.slice(2);
const READY_WITHIN_MS = 20 * 60_000; // the first start builds the PWA and the API, then migrates and imports

function fail(message) {
  console.error(`serves-demo-map: ${message}`);
  process.exit(1);
}
function check(condition, message) {
  if (!condition) fail(message);
  console.log(`serves-demo-map: ok: ${message}`);
}
const isAlive = () => {
  if (!pid) return true;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
};

const started = Date.now();
for (;;) {
  const health = await fetch(`${base}/api/health`).catch(() => undefined);
  if (health?.ok) break;
  if (!isAlive()) fail('the app exited before it was ready');
  if (Date.now() - started > READY_WITHIN_MS) fail(`not ready within ${READY_WITHIN_MS / 60_000} minutes`);
  await new Promise((resolve) => setTimeout(resolve, 2000));
}
console.log(`serves-demo-map: ready after ${Math.round((Date.now() - started) / 1000)} s`);

const get = async (path, accept = '*/*') => {
  // Search answers 503 (Retry-After) until the process's first index is built, never an empty list.
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(new URL(path, base), { headers: { accept } });
    if (response.status === 503 && attempt < 150) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      continue;
    }
    if (!response.ok) fail(`GET ${path}: ${response.status}`);
    return response;
  }
};

const html = await (await get('/', 'text/html')).text();
const main = /<script[^>]+src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
check(html.includes('id="root"') && main, 'GET / serves the app shell with its script');
const mainJs = await (await get(main)).text();
const chunks = [...new Set(mainJs.match(/assets\/map-[A-Za-z0-9_-]+\.js/g) ?? [])];
const bundled = await Promise.all(chunks.map(async (chunk) => (await get(`/${chunk}`)).text()));
check(
  bundled.some((js) => js.includes('11002Z09') && js.includes('Historisch Centrum') && js.includes('borgerhout')),
  `the map chunk bundles the district and wijk outlines (${chunks.join(', ')})`,
);

// The demo data publishes 242 services; 2 of them are temporarily closed (HSDS status), and search
// and the snapshot hold only active listings (docs/search.md): 240.
const LISTED = 240;
const search = await (await get('/api/v1/search', 'application/json')).json();
check(search.total === LISTED, `search finds the ${LISTED} listed demo services (total ${search.total})`);
check(search.hits.length > 0 && search.hits.every((hit) => hit.isDemo === true), 'every hit is marked as demo');
const districts = (await (await get('/api/v1/districts', 'application/json')).json()).features.map((f) => f.properties.id);
check(districts.length === 10, 'the 10 districts are served');
const located = await Promise.all(
  districts.map(async (id) => (await (await get(`/api/v1/search?locatedIn=${id}`, 'application/json')).json()).total),
);
check(
  located.every((n) => n > 0),
  `every district has demo services located in it (${located.join(', ')})`,
);

const snapshot = await (await get('/api/v1/snapshot', 'application/json')).json();
check(
  snapshot.count === LISTED && snapshot.services.every((s) => s.isDemo),
  `the offline snapshot holds the ${LISTED} listed demo services (count ${snapshot.count})`,
);
const year = new Date().getFullYear();
check(
  snapshot.holidays.some((h) => h.date === `${year + 7}-12-25`),
  `the snapshot's holidays reach years ahead (Christmas ${year + 7})`,
);
