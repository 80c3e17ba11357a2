// Michishirube's page script, a module on every page, so it runs once the page is parsed. It
// minds the links at once. Once the page has loaded and is painted, it starts the wasm, lets
// it read the page's language and state, then hydrates each island of the page in a task of
// its own, so no long task stands in front of the person. Where the browser asks to save data,
// reading costs no WebAssembly: it starts at the first search, filter or save (a port of
// Leptos's island_script.js,
// in a file: the page's Content-Security-Policy allows no inline script but the one before the
// first paint, src/site/pre-paint.js, by its hash). The build fills in the file names and the
// tables from the Rust code that owns them (src/site/mod.rs).
/** The wasm-bindgen glue's exports once the app has started: the islands among them. */
let bindings = {};

// ---- Links: they work without any of this; it remembers a language chosen from the menu, and
// keeps a partner's frame in embed mode, with its slice of the directory, from page to page.
const STICKY = __STICKY__;
// In a partner's frame, the search and filters it opened with go along too, so "All
// organisations" returns to its slice of the directory.
const SLICE = __SLICE__;
const CHOSEN = 'michishirube.lang';
const root = new URL(document.documentElement.dataset.root || './', location.href);
const embedded = document.documentElement.classList.contains('embed');

/**
 * Puts this frame's options (as the address bar has them now: the search changes it) on a link
 * to one of our pages; the full app's link gets the page's address without them.
 */
function carry(a) {
  const url = new URL(a.href);
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return;
  const now = new URL(location.href);
  if (a.classList.contains('full-app')) {
    const kept = new URLSearchParams([...now.searchParams].filter(([name]) => !STICKY.includes(name)));
    a.href = `${now.origin}${now.pathname}${kept.size ? `?${kept}` : ''}`;
    return;
  }
  for (const name of [...STICKY, ...SLICE]) {
    const value = now.searchParams.get(name);
    if (value !== null && !url.searchParams.has(name)) url.searchParams.set(name, value);
  }
  a.href = url.href;
}

function follow(e) {
  const a = e.target.closest?.('a[href]');
  if (!a) return;
  if (a.hreflang && a.closest('.lang')) {
    try {
      localStorage.setItem(CHOSEN, a.hreflang);
    } catch {
      // Storage blocked: the choice lasts as long as the page's address.
    }
  }
  if (embedded) carry(a);
}
addEventListener('click', follow, true);
addEventListener('auxclick', follow, true);
if (embedded) document.querySelectorAll('a[href]').forEach(carry);

// ---- The islands.

/** Gives the browser a turn (to paint, to answer a tap) between islands. */
const turn = () => (globalThis.scheduler?.yield ? scheduler.yield() : new Promise((done) => setTimeout(done, 0)));

/** Hydrates the islands under `node`; those inside an island's children belong to its owner. */
async function hydrate(node, owners) {
  for (const child of node.children) {
    const tag = child.tagName;
    if (tag === 'LEPTOS-ISLAND') {
      const island = bindings[child.dataset.component];
      if (island) {
        owners.at(-1)?.();
        island(child);
        await turn();
      } else {
        console.warn(`Michishirube: no code for the island ${child.dataset.component}`);
      }
      await hydrate(child, owners);
    } else if (tag === 'LEPTOS-CHILDREN') {
      owners.push(child.$$on_hydrate);
      await hydrate(child, owners);
      owners.pop();
    } else {
      await hydrate(child, owners);
    }
  }
}

/**
 * The page first: resolves once it has loaded (its stylesheet and strings) and its main content
 * is painted (the first largest-contentful-paint, where the browser reports it), so the wasm's
 * download never competes with what the person came to read.
 */
async function pageDrawn() {
  if (document.readyState !== 'complete') await new Promise((done) => addEventListener('load', done, { once: true }));
  if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) return;
  await new Promise((done) => {
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      done();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    // A page in the background paints nothing: go on regardless.
    setTimeout(done, 3000);
  });
}

/**
 * Asks for what the app needs, side by side: the glue (with its integrity hash), the wasm, and
 * the files the page names for it (its strings, the index), which the app's own requests then
 * find preloaded. None of them is asked for before this: nothing stands before the page's paint.
 */
function preload() {
  const link = (attributes) => document.head.append(Object.assign(document.createElement('link'), { crossOrigin: 'anonymous', ...attributes }));
  link({ rel: 'modulepreload', href: new URL('./__GLUE__', import.meta.url).href, integrity: '__GLUE_INTEGRITY__' });
  for (const meta of document.querySelectorAll('meta[name="__PRELOAD__"]')) link({ rel: 'preload', as: 'fetch', href: new URL(meta.content, location.href).href });
  return fetch(new URL('./__WASM__', import.meta.url));
}

/** Starts the wasm and hydrates the page's islands, once. */
let started;
function start() {
  started ??= (async () => {
    const wasmResponse = preload();
    bindings = await import('./__GLUE__');
    const wasm = await bindings.default({ module_or_path: wasmResponse });
    // As Trunk's own loader says it (the benchmark reads the wasm's memory from it).
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
    if (await bindings.prepare()) {
      await hydrate(document.body, []);
      bindings.hydrated();
      document.documentElement.dataset.hydrated = '';
    }
  })();
  return started;
}

/**
 * Saving data: the page stays as it is drawn (readable, callable, "leave quickly" works) until the
 * person first searches, filters or saves. Then the app loads, saying so, and does what they did.
 */
function onFirstUse() {
  const progress = document.getElementById('app-loading');
  const go = async (replay) => {
    removeEventListener('click', saved, true);
    removeEventListener('input', typed, true);
    removeEventListener('change', typed, true);
    if (progress) progress.hidden = false;
    try {
      await start();
    } finally {
      if (progress) progress.hidden = true;
    }
    replay();
  };
  // A save: done once the button's island runs.
  const saved = (e) => {
    const button = e.target.closest?.('button.save');
    if (!button) return;
    e.preventDefault();
    e.stopPropagation();
    go(() => button.click());
  };
  // A search or a filter: the search island reads the box once it runs; a filter is told again.
  const typed = (e) => {
    const field = e.target.closest?.('#search input, #search select');
    if (!field) return;
    const value = field.value;
    go(() => {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  addEventListener('click', saved, true);
  addEventListener('input', typed, true);
  addEventListener('change', typed, true);
}

await pageDrawn();
if (navigator.connection?.saveData === true) onFirstUse();
else await start();
