// Michishirube's service worker: after one visit the whole app works with no network.
//
// The build fills in VERSION, PRECACHE and SCHEMA (tests/tools/postbuild.mjs, a Trunk post_build
// hook) from the files Trunk actually wrote, so a build can never precache stale names, and any
// change to any file gives a new VERSION, which the browser sees as an update.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const SCHEMA = __SCHEMA__;

const SCOPE = self.registration.scope;
// Cache Storage is shared by the whole origin: names carry the scope, so copies of the app
// under different paths never touch each other's caches.
const SHELL = `michishirube ${SCOPE} shell ${VERSION}`;
const DATA = `michishirube ${SCOPE} data v${SCHEMA}`;
const DATASET = new URL('data/directory.json', SCOPE).href;
const INDEX = new URL('index.html', SCOPE).href;
const FETCHED = 'x-michishirube-fetched';

/** A dataset this version can read: JSON, its schema, and organisations in it. */
function readable(text) {
  try {
    const data = JSON.parse(text);
    return data.schema_version === SCHEMA && Array.isArray(data.organizations) && data.organizations.length > 0;
  } catch {
    return false;
  }
}

/**
 * Keeps a dataset copy, stamped with when it was fetched, if it is readable, and returns it as
 * served from the cache; else keeps the old copy and returns null.
 */
async function storeDataset(text) {
  if (!readable(text)) return null;
  const headers = { 'content-type': 'application/json; charset=utf-8', [FETCHED]: String(Date.now()) };
  const stored = new Response(text, { headers });
  await (await caches.open(DATA)).put(DATASET, stored.clone());
  return stored;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // `no-cache`: the server confirms each copy the page has just downloaded (a 304 of a few
      // hundred bytes) instead of sending it all again; people pay for every byte.
      const shell = await caches.open(SHELL);
      await shell.addAll(PRECACHE.map((path) => new Request(new URL(path, SCOPE), { cache: 'no-cache' })));
      // The build's dataset, unless the server's copy is damaged (a good cached one then stays).
      try {
        const response = await fetch(DATASET, { cache: 'no-cache' });
        if (response.ok) await storeDataset(await response.text());
      } catch {
        // Offline during install: the dataset is fetched on first use instead.
      }
    })(),
  );
  // No skipWaiting here: a new version waits until the page accepts it, so no page ever
  // runs a mix of old and new files.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const ours = `michishirube ${SCOPE} `;
      for (const key of await caches.keys()) {
        if (key.startsWith(ours) && key !== SHELL && key !== DATA) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data;
  if (message === 'michishirube/skip-waiting') {
    self.skipWaiting();
  } else if (message?.kind === 'michishirube/dataset' && typeof message.text === 'string') {
    // A fresh copy the page has already parsed and validated.
    event.waitUntil(storeDataset(message.text));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const page = url.origin + url.pathname;
  if (request.mode === 'navigate' && (page === SCOPE || page === INDEX)) {
    // Every in-app URL (`?org=jar`, `?q=…`) is the app shell, cached under the address people
    // open (`./` in PRECACHE), so the install revalidated the page's copy instead of downloading
    // index.html again.
    event.respondWith(fromShell(SCOPE).then((hit) => hit ?? fetch(request)));
  } else if (page === DATASET && !url.search) {
    event.respondWith(dataset(request));
  } else if (page === DATASET) {
    // `?fresh=…`: the page's background refresh goes to the network, never to a cache.
  } else {
    event.respondWith(fromShell(request).then((hit) => hit ?? fetch(request)));
  }
});

async function fromShell(request) {
  return (await caches.open(SHELL)).match(request);
}

/** The cached dataset at once; the network only when there is none yet. */
async function dataset(request) {
  const cached = await (await caches.open(DATA)).match(DATASET);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const stored = await storeDataset(await response.clone().text());
    if (stored) return stored;
  }
  return response;
}
