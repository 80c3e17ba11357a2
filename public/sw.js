// Michishirube's service worker: after one visit the app works with no network, in the
// reader's language.
//
// The build fills in VERSION, SHELL_FILES, PAGES and SCHEMA (src/site/worker.rs) from the
// files it actually wrote, so a build can never precache stale names, and any change to any
// file gives a new VERSION, which the browser sees as an update. CONTRACT is what this worker
// and the app agree on (cache names, a header, message kinds), from their one home, src/worker.rs.
const VERSION = '__VERSION__';
/** The files every page needs (styles, scripts, wasm, icons) and the site's root pages. */
const SHELL_FILES = __SHELL_FILES__;
/** Each language's pages and texts, cached for the languages this device reads; the root pages are the first's. */
const PAGES = new Map(__PAGES__);
const SCHEMA = __SCHEMA__;
const CONTRACT = __CONTRACT__;

const SCOPE = self.registration.scope;
// Cache Storage is shared by the whole origin: names carry the scope, so copies of the app
// under different paths never touch each other's caches.
// (Replaced by functions, so a `$` in the scope is not read as a replacement pattern.)
const named = (template) => template.replace('{scope}', () => SCOPE).replace('{version}', () => VERSION);
const OURS = named(CONTRACT.ours);
const SHELL = named(CONTRACT.shellCache);
const DATA = named(CONTRACT.dataCache);
/** The folder of the compact indexes of the dataset, one per language (`en.txt`, …). */
const INDEXES = new URL(CONTRACT.indexes, SCOPE).href;
const isIndex = (url) => url.startsWith(INDEXES) && url.endsWith('.txt');
const indexOf = (lang) => new URL(`${lang}.txt`, INDEXES).href;
const previousOf = (index) => `${index}?${CONTRACT.previous}`;
const DATA_CACHES = named(CONTRACT.dataCaches);
/** The folder of each language's pages in one file (`en.txt`, …): see src/site/pack.rs. */
const PACKS = new URL(CONTRACT.packs, SCOPE).href;
const FETCHED = CONTRACT.fetchedHeader;

/** An index this version can read: its header says so (the app checks the rest, whole). */
function readable(text) {
  return typeof text === 'string' && text.startsWith(CONTRACT.indexHeader);
}

/**
 * Keeps a copy of the index at `index`, stamped with when it was fetched, if it is readable, and
 * returns it as served from the cache; else keeps the old copy and returns null. The copy it
 * replaces, if it differs, is kept as the previous one (so the app can tell a person what
 * changed): this version's, or the one an older version of the app kept for an older schema.
 */
async function storeDataset(index, text) {
  if (!isIndex(index) || !readable(text)) return null;
  const data = await caches.open(DATA);
  const replaced = (await data.match(index)) ?? (await olderDataset(index));
  const old = replaced && (await replaced.text());
  const type = { 'content-type': 'text/plain; charset=utf-8' };
  if (old && old !== text) await data.put(previousOf(index), new Response(old, { headers: type }));
  const stored = new Response(text, { headers: { ...type, [FETCHED]: String(Date.now()) } });
  await data.put(index, stored.clone());
  return stored;
}

/** The copy of an index a worker for an older schema kept, if it is still on the device. */
async function olderDataset(index) {
  for (const key of await caches.keys()) {
    if (!key.startsWith(DATA_CACHES) || key === DATA) continue;
    const hit = await (await caches.open(key)).match(index);
    if (hit) return hit;
  }
  return null;
}

/** Fetches and keeps the index of a language, unless a copy is kept already. */
async function keepIndex(lang) {
  const index = indexOf(lang);
  if (await (await caches.open(DATA)).match(index)) return;
  try {
    const response = await fetch(index, { cache: 'no-cache' });
    if (response.ok) await storeDataset(index, await response.text());
  } catch {
    // Offline: the index is fetched on first use instead.
  }
}

/** The language a page of ours is in (`fa/org/jar/` is Persian); the root pages are English. */
function languageOf(url) {
  const path = new URL(url).pathname.slice(new URL(SCOPE).pathname.length);
  if (!path.includes('/')) return [...PAGES.keys()][0];
  const first = path.split('/')[0];
  return PAGES.has(first) ? first : null;
}

/**
 * Copies files into the shell cache. `no-cache`: the server confirms each copy the page has
 * already downloaded (a 304 of a few hundred bytes) instead of sending it all again; people
 * pay for every byte.
 */
async function keep(paths) {
  const shell = await caches.open(SHELL);
  await shell.addAll(paths.map((path) => new Request(new URL(path, SCOPE), { cache: 'no-cache' })));
}

/**
 * The files in a language's pack, as [address, content type, text]: none if it cannot be had
 * whole, or holds a file this version does not list for the language.
 */
async function pack(lang) {
  try {
    const response = await fetch(new URL(`${lang}.txt`, PACKS), { cache: 'no-cache' });
    return (response.ok && unpack(await response.text(), PAGES.get(lang))) || [];
  } catch {
    return [];
  }
}

function unpack(text, paths) {
  const [header, index] = text.split('\n', 2);
  if (header !== CONTRACT.packHeader || index === undefined) return null;
  let files;
  try {
    files = JSON.parse(index);
  } catch {
    return null;
  }
  if (!Array.isArray(files)) return null;
  let at = header.length + index.length + 2;
  const out = [];
  for (const file of files) {
    const [address, type, length] = Array.isArray(file) ? file : [];
    if (!paths.includes(address) || typeof type !== 'string' || !Number.isInteger(length) || length < 0) return null;
    out.push([address, type, text.slice(at, at + length)]);
    at += length;
  }
  return at === text.length ? out : null;
}

/**
 * Caches the pages of a language into the shell cache, all but `except` (an address the person
 * has just had): those its pack holds from the pack, one download that costs a fifth of the
 * pages one by one; the rest (its texts, which the page has fetched already, or all of them if the
 * pack cannot be had) one by one, each a 304 where the browser has a copy.
 */
async function keepPages(lang, except) {
  const paths = PAGES.get(lang).filter((path) => new URL(path, SCOPE).href !== except);
  const packed = new Map((await pack(lang)).map(([address, type, text]) => [address, [type, text]]));
  const shell = await caches.open(SHELL);
  const put = (path) => {
    const [type, text] = packed.get(path);
    return shell.put(new URL(path, SCOPE), new Response(text, { headers: { 'content-type': type, 'x-content-type-options': 'nosniff' } }));
  };
  // The language counts as kept once its first page is (`keepLanguage`): that one goes in last.
  const [first, rest] = [PAGES.get(lang)[0], paths.filter((path) => path !== PAGES.get(lang)[0])];
  await Promise.all(rest.filter((path) => packed.has(path)).map(put));
  await keep(rest.filter((path) => !packed.has(path)));
  if (paths.includes(first)) await (packed.has(first) ? put(first) : keep([first]));
}

/**
 * Caches the pages of a language the person reads, once per version: `page`, if given, from the
 * response the person has just had for it, the others from the network; and its index.
 */
async function keepLanguage(lang, page, response) {
  if (!PAGES.has(lang)) return;
  await keepIndex(lang);
  const shell = await caches.open(SHELL);
  const first = new URL(PAGES.get(lang)[0], SCOPE).href;
  if (await shell.match(first)) return;
  // The language counts as kept once its first page is: that one goes in last.
  if (page && page !== first) await shell.put(page, response);
  await keepPages(lang, page);
  if (page === first) await shell.put(page, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // The shell, and the pages in the languages of the pages open now.
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const languages = new Set(open.map((client) => languageOf(client.url)).filter(Boolean));
      await keep(SHELL_FILES);
      for (const lang of languages) await keepPages(lang);
      // Their indexes, this build's, unless the server's copy is damaged (a good cached one then stays).
      for (const lang of languages) {
        const index = indexOf(lang);
        try {
          const response = await fetch(index, { cache: 'no-cache' });
          if (response.ok) await storeDataset(index, await response.text());
        } catch {
          // Offline during install: the index is fetched on first use instead.
        }
      }
    })(),
  );
  // No skipWaiting here: a new version waits until the page accepts it, so no page ever
  // runs a mix of old and new files.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(OURS) && key !== SHELL && key !== DATA) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data;
  if (message === CONTRACT.skipWaiting) {
    self.skipWaiting();
  } else if (message?.kind === CONTRACT.storeDataset && typeof message.url === 'string' && typeof message.text === 'string') {
    // A fresh copy the page has already read whole.
    event.waitUntil(storeDataset(message.url, message.text));
  } else if (message?.kind === CONTRACT.keepLanguage && typeof message.lang === 'string') {
    // A page in this language is open, perhaps since before this worker took charge.
    event.waitUntil(keepLanguage(message.lang).catch(() => {}));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !request.url.startsWith(SCOPE)) return;
  const page = url.origin + url.pathname;
  if (request.mode === 'navigate') {
    // A page's address with or without `index.html`, and whatever its query (the search, a
    // partner's options): the static page is the same.
    const file = page.endsWith('/index.html') ? page.slice(0, -'index.html'.length) : page;
    event.respondWith(
      (async () => {
        const hit = await fromShell(file);
        if (hit) return hit;
        try {
          const response = await fetch(request);
          // A page in a language this device has not read yet: that language is cached too.
          if (response.ok) event.waitUntil(keepLanguage(languageOf(file), file, response.clone()).catch(() => {}));
          return response;
        } catch (offline) {
          // Offline, in a language never opened here: the same page in one this device has.
          return (await inAnotherLanguage(file)) ?? Promise.reject(offline);
        }
      })(),
    );
  } else if (isIndex(page) && !url.search) {
    event.respondWith(dataset(request));
  } else if (isIndex(page) && request.url === previousOf(page)) {
    // The copy the device held before; never the network's. None is no content, not an error.
    event.respondWith(caches.open(DATA).then(async (data) => (await data.match(request.url)) ?? new Response(null, { status: 204 })));
  } else if (isIndex(page)) {
    // `?fresh=…`: the page's background refresh goes to the network, never to a cache.
  } else {
    event.respondWith(fromShell(request).then((hit) => hit ?? fetch(request)));
  }
});

/** The page at `file` in a language whose pages this device has (the first it finds). */
async function inAnotherLanguage(file) {
  const lang = languageOf(file);
  if (!lang) return null;
  const path = new URL(file).pathname.slice(new URL(SCOPE).pathname.length);
  const below = path.includes('/') ? path.slice(path.indexOf('/') + 1) : '';
  for (const other of PAGES.keys()) {
    const hit = other !== lang && (await fromShell(new URL(`${other}/${below}`, SCOPE).href));
    if (hit) return hit;
  }
  return null;
}

async function fromShell(request) {
  return (await caches.open(SHELL)).match(request, { ignoreSearch: typeof request === 'string' });
}

/** The cached copy of an index at once; the network only when there is none yet. */
async function dataset(request) {
  const cached = await (await caches.open(DATA)).match(request.url);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const stored = await storeDataset(request.url, await response.clone().text());
    if (stored) return stored;
  }
  return response;
}
