// What a person on a cheap phone and a slow network feels, measured beside the physical limit.
//
//   node tests/bench/bench.mjs [--runs 5] [--sizes 100,1000,10000,50000] [--out BENCHMARKS.md]
//                              [--smoke]   (no throttling: checks the report is whole, fast)
//
// Serves the release build (dist/) over HTTP on 127.0.0.1 with brotli, as a static host would,
// and drives headless Chromium through the DevTools protocol with "slow 4G" (150 ms RTT,
// 1.6 Mbit/s down) and a 4× CPU slowdown; then Lighthouse (its own simulated mobile). The
// baseline is the same page drawn by the same renderer (`render baseline`) with the same CSS
// and no script at all. Reports medians and spread.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { EXECUTABLE, FLAGS, PHONE, goOffline, launch, render, waitForOffline } from '../browser/helpers.mjs';
import { startServer } from '../serve.mjs';
import { lighthouse } from './lighthouse.mjs';
import { wasmByCrate } from './twiggy.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 5));
const SIZES = arg('sizes', '100,1000,10000,50000').split(',').map(Number);
const OUT = arg('out', join(ROOT, 'BENCHMARKS.md'));
const KEYSTROKES = Number(arg('keystrokes', 24));
const LIGHTHOUSE_RUNS = Number(arg('lighthouse-runs', RUNS));
// The pages Lighthouse measures: the home page (the site's root), and a deep link in a
// right-to-left language; each with its language and its path there, for its baseline.
const LIGHTHOUSE_PAGES = [
  ['home page, English', '', 'en', ''],
  ['JAR in Persian', 'fa/org/jar/', 'fa', 'org/jar/'],
].slice(0, LIGHTHOUSE_RUNS ? Number(arg('lighthouse-pages', 2)) : 0);

// A smoke run (the test suite's) measures the same things at loopback speed: its figures mean nothing.
const SMOKE = process.argv.includes('--smoke');
const SLOW_4G = SMOKE
  ? { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }
  : { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const CPU_SLOWDOWN = SMOKE ? 1 : 4;

// ---- statistics
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const spread = (xs) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// ---- the pages under test
const dist = await mkdtemp(join(tmpdir(), 'michishirube-bench-'));
await cp(join(ROOT, 'dist'), dist, { recursive: true });
const css = (await readdir(dist)).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
// The static baselines, beside their pages: `en/static.html`, `fa/org/jar/static.html`.
const baseline = (lang, path) => render('baseline', dist, lang, path);
/**
 * The index the app reads (`data/index/en.txt`) of a dataset of `size` organisations made from the
 * shipped ones, by the same generator as tests/scale.rs.
 */
const sample = (size) => {
  const file = join(dist, `sample-${size}.json`);
  render('sample', String(size), file);
  const index = join(dist, `sample-${size}.txt`);
  render('index', file, index);
  return index;
};
for (const [, , lang, path] of LIGHTHOUSE_PAGES) baseline(lang, path);
baseline('en', '');
const STATIC = 'en/static.html';
const server = await startServer({ dir: dist });
const browser = await launch();

/** A fresh browser context and page with CDP, slow 4G and the CPU slowdown unless told not to. */
async function open({ network = true, cpu = true, serviceWorkers = 'allow', locale = 'en-GB' } = {}) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers, locale });
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Resolves in the next task: after the page's handlers and microtasks, or, called from a
    // requestAnimationFrame callback, after that frame is painted.
    window.afterTask = () =>
      new Promise((done) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = done;
        channel.port2.postMessage(0);
      });
    // When the first organisation card is painted, and when the app is ready to use (its search
    // has the dataset): the frame after each came into the document, which waits for the
    // stylesheet like any paint.
    const painted = (name) => requestAnimationFrame(() => afterTask().then(() => (window[name] = performance.now())));
    let card = false;
    new MutationObserver((_, observer) => {
      if (!card && document.querySelector('li.card')) {
        card = true;
        painted('firstCard');
      }
      if (document.querySelector('.finder[data-loaded]')) {
        painted('appReady');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-loaded'] });
    addEventListener('TrunkApplicationStarted', (e) => (window.wasm = e.detail.wasm));
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // Bytes over the wire per request (headers included), and whether the network served it.
  const transfers = new Map();
  cdp.on('Network.responseReceived', (e) => transfers.set(e.requestId, { url: e.response.url, fromNetwork: !e.response.fromServiceWorker && !e.response.fromDiskCache, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const t = transfers.get(e.requestId);
    if (t) t.bytes = e.encodedDataLength;
  });
  return { context, page, cdp, transfers };
}

async function firstCard(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.firstCard !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => window.firstCard);
}

async function appReady(page) {
  await page.waitForFunction(() => window.appReady !== undefined, null, { timeout: 120_000 });
  return page.evaluate(() => window.appReady);
}

// ---- 1. first visit: bytes the server sent per file (headers included). Once for the page alone
// (service workers blocked), once for the whole visit: until the worker holds its offline copy.
async function firstVisit(serviceWorkers) {
  const { context, page } = await open({ serviceWorkers });
  server.control.sent.length = 0;
  await firstCard(page, server.url);
  await appReady(page);
  if (serviceWorkers === 'allow') await waitForOffline(page, 120_000);
  await page.waitForLoadState('networkidle');
  const bytes = new Map();
  for (const { path, bytes: n } of server.control.sent) {
    const name = new URL(path, server.url).pathname;
    bytes.set(name, (bytes.get(name) ?? 0) + n);
  }
  await context.close();
  return bytes;
}
const pageBytes = await firstVisit('block');
const visitBytes = await firstVisit('allow');

// A shared link to one organisation (JAR, in Persian), read as it is drawn: the bytes the server
// sent until the network was quiet, as usual and with the browser asking to save data.
async function sharedLink(saveData) {
  const { context, page } = await open({ serviceWorkers: 'block', locale: 'fa-IR' });
  if (saveData) {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }), configurable: true }),
    );
  }
  server.control.sent.length = 0;
  await page.goto(`${server.url}fa/org/jar/`);
  if (!saveData) await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const sent = [...server.control.sent];
  await context.close();
  return { total: sent.reduce((n, { bytes }) => n + bytes, 0), wasm: sent.some(({ path }) => path.endsWith('.wasm')) };
}
const linkBytes = { usual: await sharedLink(false), saving: await sharedLink(true) };
if (linkBytes.saving.wasm) throw new Error('the page fetched WebAssembly while saving data');

// ---- 2. time to first card, app and static baseline
const appTimes = [];
const readyTimes = [];
const staticTimes = [];
// A Persian reader's app also fetches its interface and directory texts before it is ready.
const persianReadyTimes = [];
for (let i = 0; i < RUNS; i++) {
  for (const [times, url] of [[appTimes, server.url], [staticTimes, `${server.url}${STATIC}`]]) {
    const { context, page } = await open();
    times.push(await firstCard(page, url));
    if (url === server.url) readyTimes.push(await appReady(page));
    await context.close();
  }
  const { context, page } = await open({ locale: 'fa-IR' });
  await firstCard(page, server.url);
  persianReadyTimes.push(await appReady(page));
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'fa') throw new Error('the app was not in Persian');
  await context.close();
}

// ---- 3. repeat visit with the network off
const offlineTimes = [];
const offlineBytes = [];
for (let i = 0; i < RUNS; i++) {
  const { context, page, cdp, transfers } = await open({ network: false, cpu: false });
  await page.goto(server.url);
  await goOffline(page, server);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  transfers.clear();
  await firstCard(page, server.url);
  offlineTimes.push(await appReady(page));
  offlineBytes.push([...transfers.values()].filter((t) => t.fromNetwork).reduce((n, t) => n + t.bytes, 0));
  server.control.down = false;
  await context.close();
}

// ---- 4 and 5. search and memory over generated datasets
const WORD = 'stateless network 9';
// The same work for a typo and for everyday words the vocabulary answers.
const MORE = [
  ['typo', 'statless netwrk 9'],
  ['vocabulary', 'i need a lawyer'],
];

/**
 * The app's work per keystroke: a query typed letter by letter and deleted again, each from the
 * input event to the list updated and laid out (a macrotask after the app's microtasks).
 */
function work(page, word = WORD) {
  return page.evaluate(
    async ([word, count]) => {
      const input = document.querySelector('#q');
      const steps = [...word].map((_, i) => word.slice(0, i + 1));
      const queries = [...steps, ...steps.slice(0, -1).reverse(), ''].slice(0, count);
      const out = [];
      for (const q of queries) {
        await new Promise(requestAnimationFrame);
        const start = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await afterTask();
        void document.body.offsetHeight;
        out.push(performance.now() - start);
      }
      return out;
    },
    [word, KEYSTROKES],
  );
}

/**
 * What a person sees per keystroke: real key presses through the browser's input pipeline, each
 * from the moment the browser received the key (the input event's timestamp) to the next frame
 * painted after the page handled it, as "Interaction to Next Paint" counts.
 */
async function toPaint(page) {
  await page.evaluate(() => {
    window.keystrokes = [];
    document.querySelector('#q').addEventListener('input', async (event) => {
      await afterTask(); // the page's handlers and effects have run
      await new Promise(requestAnimationFrame);
      await afterTask(); // that frame is painted
      window.keystrokes.push(performance.now() - event.timeStamp);
    });
  });
  await page.locator('#q').focus();
  const keys = [...WORD, ...[...WORD].map(() => 'Backspace')].slice(0, KEYSTROKES);
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key);
    await page.waitForFunction((n) => window.keystrokes.length > n, i);
    // Keys land at different points of the display's frame, as a person's do.
    await page.waitForTimeout(Math.random() * 17);
  }
  return page.evaluate(() => window.keystrokes);
}

// ---- 6. Lighthouse: each page and its static baseline, in turn, in a fresh Chromium each run.
const audits = [];
for (const [name, path, lang, inLanguage] of LIGHTHOUSE_PAGES) {
  const row = { name, app: [], baseline: [] };
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    row.app.push(await lighthouse(`${server.url}${path}`));
    row.baseline.push(await lighthouse(`${server.url}${lang}/${inLanguage}static.html`));
  }
  audits.push(row);
}

// The physical limit for "to the next paint": a bare search box that does nothing.
await writeFile(join(dist, 'input.html'), `<!doctype html><meta name=viewport content="width=device-width"><link rel=stylesheet href=${css}><input id=q type=search>`);
const bare = {};
for (const throttle of [false, true]) {
  const { context, page } = await open({ network: false, cpu: throttle, serviceWorkers: 'block' });
  await page.goto(`${server.url}input.html`);
  bare[throttle ? 'slow' : 'fast'] = await toPaint(page);
  await context.close();
}

const search = [];
for (const size of SIZES) {
  server.control.overrides.set('data/index/en.txt', { body: await readFile(sample(size)), type: 'text/plain; charset=utf-8' });
  const row = { size };
  for (const throttle of [false, true]) {
    // The dataset comes over loopback at full speed: this measures the phone, not the network.
    const { context, page } = await open({ network: false, cpu: throttle, serviceWorkers: 'block' });
    await page.goto(server.url);
    await appReady(page);
    await page.waitForFunction(() => window.wasm);
    row.memory = await page.evaluate(() => window.wasm.memory.buffer.byteLength);
    const measured = { work: await work(page) };
    for (const [kind, word] of MORE) measured[kind] = await work(page, word);
    measured.paint = await toPaint(page);
    row[throttle ? 'slow' : 'fast'] = measured;
    await context.close();
  }
  search.push(row);
}
server.control.overrides.clear();

await browser.close();
await server.close();
await rm(dist, { recursive: true });

// ---- 7. The wasm: its size, and where it goes.
const wasmFile = (await readdir(join(ROOT, 'dist'))).find((f) => f.endsWith('_bg.wasm'));
const wasmBytes = await readFile(join(ROOT, 'dist', wasmFile));
const wasmBrotli = brotliCompressSync(wasmBytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const breakdown = wasmByCrate(join(ROOT, 'target/wasm-bindgen/release/michishirube_bg.wasm'));

// ---- the report
const sum = (bytes) => [...bytes.values()].reduce((a, b) => a + b, 0);
const total = sum(pageBytes);
const visitTotal = sum(visitBytes);
const files = [...new Set([...visitBytes.keys(), ...pageBytes.keys()])].sort((a, b) => (visitBytes.get(b) ?? 0) - (visitBytes.get(a) ?? 0));
// The many small files go in a row each kind: one line each would hide the big files.
const catalogues = files.filter((f) => f.endsWith('.json') && f.includes('/i18n/'));
const pagesOffline = files.filter((f) => f !== '/' && (f.endsWith('/') || f.endsWith('.html')));
const group = (list) => [pageBytes, visitBytes].map((b) => list.reduce((n, f) => n + (b.get(f) ?? 0), 0));
const fileRows = [
  ...files.filter((f) => !catalogues.includes(f) && !pagesOffline.includes(f)).map((f) => [`\`${f}\``, pageBytes.get(f) ?? 0, visitBytes.get(f) ?? 0]),
  [`${pagesOffline.length} more pages in the reader's language (the offline copy)`, ...group(pagesOffline)],
  [`${catalogues.length} language files (\`i18n/*.json\`)`, ...group(catalogues)],
];
const ratio = median(appTimes) / median(staticTimes);
// What the page needs before its content is usable: the document, the stylesheet, and the
// script that runs before the first paint.
const beforeContent = [...pageBytes].filter(([f]) => f === '/' || f.endsWith('.css') || /\/boot-[0-9a-f]+\.js$/.test(f)).reduce((n, [, b]) => n + b, 0);
const readyRatio = median(readyTimes) / median(staticTimes);
const lh = (runs, key) => median(runs.map((r) => r[key]));
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '';
const chromium = execFileSync(EXECUTABLE, ['--version'], { encoding: 'utf8' }).trim();
const LIGHTHOUSE_VERSION = JSON.parse(await readFile(join(ROOT, 'tests/node_modules/lighthouse/package.json'), 'utf8')).version;
const command = `node tests/bench/bench.mjs${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
const budget = (ok) => (ok ? 'met' : '**missed**');
const searchAt = search.find((r) => r.size === 10_000);

const lines = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} at commit \`${commit}\`${dirty} with \`${command}\``,
  `(run \`tests/bench.sh\` to build and measure). ${chromium}, headless, 360 px phone viewport;`,
  `network "slow 4G" (150 ms RTT, 1.6 Mbit/s down) and ${CPU_SLOWDOWN}× CPU slowdown unless noted; brotli from`,
  `\`tests/serve.mjs\` on 127.0.0.1. ${RUNS} runs each; medians, with the range. One machine, one run:`,
  'ratios and medians are what to compare.',
  '',
  '## 1. First visit: bytes over the wire (compressed, headers included)',
  '',
  'Counted by the server, for the home page in English. "The page": everything the page fetches',
  '(service workers blocked). "Whole visit": everything the phone downloads until the service',
  'worker holds the offline copy (the pages and texts of the reader\'s language, icons, manifest);',
  'a file the page already has costs a 304.',
  '',
  '| file | the page | whole visit |',
  '|---|---:|---:|',
  ...fileRows.map(([name, page, visit]) => `| ${name} | ${page ? kb(page) : '—'} | ${kb(visit)} |`),
  `| **total** | **${kb(total)}** | **${kb(visitTotal)}** |`,
  '',
  `Budget ≤ 200 KB for the page: ${budget(total <= 200 * 1024)} (${kb(total)}, ${((total / (200 * 1024)) * 100).toFixed(0)}% of it).`,
  `Budget ≤ 280 KB for the whole first visit: ${budget(visitTotal <= 280 * 1024)} (${kb(visitTotal)}); the offline copy adds ${kb(visitTotal - total)}.`,
  `Budget ≤ 20 KB before the content is usable (the document, the stylesheet, the script before the first paint): ${budget(beforeContent <= 20 * 1024)} (${kb(beforeContent)}).`,
  '',
  'A shared link to one organisation, JAR\'s page in Persian, read as drawn (service workers blocked,',
  'until the network is quiet):',
  '',
  '| the browser | bytes | WebAssembly |',
  '|---|---:|---|',
  `| as usual (the app loads) | ${kb(linkBytes.usual.total)} | ${linkBytes.usual.wasm ? 'fetched' : 'none'} |`,
  `| asking to save data (\`navigator.connection.saveData\`) | ${kb(linkBytes.saving.total)} | none |`,
  '',
  '## 2. Time to the first organisation card',
  '',
  'From navigation to the first frame painted with a card in it.',
  '',
  '| page | median | range |',
  '|---|---:|---:|',
  `| the app (its static first paint) | ${ms(median(appTimes))} | ${spread(appTimes)} |`,
  `| static HTML baseline (same cards and CSS, no script) | ${ms(median(staticTimes))} | ${spread(staticTimes)} |`,
  `| **ratio** | **${ratio.toFixed(2)}×** | |`,
  '',
  `Budget ≤ 1.5× the baseline: ${budget(ratio <= 1.5)}.`,
  '',
  'The app itself (its WebAssembly running and the search holding the dataset, the page in the',
  'person\'s language) is ready at:',
  '',
  '| reader | median | range | × baseline |',
  '|---|---:|---:|---:|',
  ...[
    ['English', readyTimes],
    ['Persian (also fetches the Persian texts)', persianReadyTimes],
  ].map(([who, times]) => `| ${who} | ${ms(median(times))} | ${spread(times)} | ${(median(times) / median(staticTimes)).toFixed(2)}× |`),
  '',
  `Budget "app ready" ≤ 3× the baseline: ${budget(readyRatio <= 3)} (${readyRatio.toFixed(2)}×).`,
  '',
  '## 3. Repeat visit with the network off',
  '',
  '| measure | median | range |',
  '|---|---:|---:|',
  `| time to the app's first card | ${ms(median(offlineTimes))} | ${spread(offlineTimes)} |`,
  `| bytes from the network | ${median(offlineBytes)} B | ${Math.min(...offlineBytes)}–${Math.max(...offlineBytes)} B |`,
  '',
  '## 4. Search: keystroke to updated list, and 5. memory',
  '',
  `${KEYSTROKES} keystrokes per size (typing "${WORD}" and deleting it), the dataset served at full speed.`,
  'Two measures: **the app\'s work**, from the input event to the list updated and laid out; and',
  '**to the next paint**, from a real key press reaching the browser to the next frame painted',
  '(what a person sees; it includes waiting for the display\'s next frame, so even a bare search box',
  'that does nothing, the physical limit, takes about one frame). The list draws 50 cards at a time',
  '("Show more"). Generated organisations are copies of the real ones with their own ids and names',
  '(long descriptions, caveats and provenance left out after the first nine).',
  '',
  ...[
    ['fast', 'Unthrottled'],
    ['slow', `At ${CPU_SLOWDOWN}× CPU slowdown`],
  ].flatMap(([speed, title]) => [
    `${title}:`,
    '',
    `| organisations | work, median | work, p95 | to paint, median | to paint, p95 |${speed === 'fast' ? ' WASM memory |' : ''}`,
    `|---:|---:|---:|---:|---:|${speed === 'fast' ? '---:|' : ''}`,
    `| bare search box (physical limit) | — | — | ${ms(median(bare[speed]))} | ${ms(percentile(bare[speed], 95))} |${speed === 'fast' ? ' — |' : ''}`,
    ...search.map((r) => {
      const { work: w, paint: p } = r[speed];
      const memory = speed === 'fast' ? ` ${(r.memory / 1048576).toFixed(1)} MB |` : '';
      return `| ${r.size.toLocaleString('en')} | ${ms(median(w))} | ${ms(percentile(w, 95))} | ${ms(median(p))} | ${ms(percentile(p, 95))} |${memory}`;
    }),
    '',
  ]),
];
lines.push(
  `A typo ("${MORE[0][1]}") and everyday words the vocabulary answers ("${MORE[1][1]}"), typed and`,
  'deleted the same way: the app\'s work, median (p95).',
  '',
  `| organisations | ${MORE.map(([kind]) => `${kind}, unthrottled | ${kind}, ${CPU_SLOWDOWN}×`).join(' | ')} |`,
  `|---:|${MORE.map(() => '---:|---:|').join('')}`,
  ...search.map((r) => `| ${r.size.toLocaleString('en')} | ${MORE.map(([kind]) => ['fast', 'slow'].map((speed) => `${ms(median(r[speed][kind]))} (${ms(percentile(r[speed][kind], 95))})`).join(' | ')).join(' | ')} |`),
  '',
);
if (searchAt) {
  for (const [kind, key] of [['words', 'work'], ...MORE.map(([k]) => [k, k])]) {
    const [fast, slow] = [median(searchAt.fast[key]), median(searchAt.slow[key])];
    lines.push(`Budget at 10 000, the app's work (${kind}): median ≤ 16 ms unthrottled (${budget(fast <= 16)}: ${ms(fast)}), ≤ 50 ms at 4× slowdown (${budget(slow <= 50)}: ${ms(slow)}).`);
  }
  const paint = (speed) => `${ms(median(searchAt[speed].paint))} against the bare search box's ${ms(median(bare[speed]))}`;
  lines.push(`To the next paint at 10 000: ${paint('fast')} unthrottled, ${paint('slow')} at 4× slowdown.`);
  const [small, large] = [search[0], search[search.length - 1]];
  for (const key of ['work', ...MORE.map(([k]) => k)]) {
    const growth = median(large.slow[key]) / median(small.slow[key]);
    const kind = key === 'work' ? 'words' : key;
    lines.push(`Growth (${kind}) from ${small.size.toLocaleString('en')} to ${large.size.toLocaleString('en')} organisations (×${large.size / small.size}): ×${growth.toFixed(1)} at 4× slowdown — ${growth <= large.size / small.size ? 'no worse than linear' : '**worse than linear**'}.`);
  }
  lines.push('');
}
lines.push(
  '## 6. Lighthouse',
  '',
  `Lighthouse ${LIGHTHOUSE_VERSION}, mobile, its simulated slow 4G and 4× CPU, performance only; a fresh Chromium each`,
  `run, ${LIGHTHOUSE_RUNS} runs each, medians. The baseline is the same page with no script (\`render baseline\`).`,
  '',
  '| page | performance | LCP | TBT | TTI | FCP | CLS |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...audits.flatMap(({ name, app, baseline }) =>
    [[name, app], [`${name}: static baseline`, baseline]].map(
      ([who, runs]) => `| ${who} | ${lh(runs, 'score')} | ${ms(lh(runs, 'lcp'))} | ${ms(lh(runs, 'tbt'))} | ${ms(lh(runs, 'tti'))} | ${ms(lh(runs, 'fcp'))} | ${lh(runs, 'cls').toFixed(3)} |`,
    ),
  ),
  '',
  ...audits.map(({ name, app, baseline }) => {
    const [score, tbt, lcp] = [lh(app, 'score'), lh(app, 'tbt'), lh(app, 'lcp') / lh(baseline, 'lcp')];
    return `Budgets, ${name}: performance ≥ 95 ${budget(score >= 95)} (${score}); TBT ≤ 150 ms ${budget(tbt <= 150)} (${ms(tbt)}); LCP ≤ 1.2× the baseline's ${budget(lcp <= 1.2)} (${lcp.toFixed(2)}×).`;
  }),
  '',
  '## 7. The wasm',
  '',
  `\`${wasmFile}\`: ${kb(wasmBytes.length)} raw, **${kb(wasmBrotli)} brotli-11**. Budget ≤ 150 KB: ${budget(wasmBrotli <= 150 * 1024)}; the long-term aim ≤ 110 KB: ${budget(wasmBrotli <= 110 * 1024)}.`,
  '',
);
if (breakdown) {
  lines.push(
    'Where it goes, by crate (twiggy 0.8 over a copy optimised as the build does but keeping names,',
    '`wasm-opt -Oz -g`; raw bytes of code and data, names left out):',
    '',
    '| crate | bytes | share |',
    '|---|---:|---:|',
    ...breakdown.rows.map(([crate, bytes]) => `| ${crate} | ${kb(bytes)} | ${((bytes / breakdown.total) * 100).toFixed(1)}% |`),
    `| **all** | **${kb(breakdown.total)}** | |`,
    '',
  );
} else {
  lines.push('(Install twiggy 0.8, `cargo install twiggy`, for the breakdown by crate.)', '');
}
// What features cost, written by hand below this heading, is kept from run to run.
const KEPT = '## What features added to the wasm';
const previous = await readFile(OUT, 'utf8').catch(() => '');
const kept = previous.includes(KEPT) ? `\n${previous.slice(previous.indexOf(KEPT))}` : '';
await writeFile(OUT, `${lines.join('\n')}\n${kept}`);
console.log(lines.join('\n'));
