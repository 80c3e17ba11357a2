// Shared set-up for the browser tests: the release build (dist/) served over HTTP on
// 127.0.0.1, and Debian's Chromium driven headless by playwright-core.
import { after, before } from 'node:test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startServer } from '../serve.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/**
 * The interface languages, by code: one catalogue each in `public/i18n/` (the list itself is
 * `LANGUAGES` in src/i18n.rs; `cargo test` checks the two agree), in code order.
 */
export const LANGUAGES = readdirSync(fileURLToPath(new URL('../../public/i18n', import.meta.url)))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

// Without these flags Chromium floods the closed network with background requests.
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Runs the page renderer (`render worker <dir>`, …): the one tests/run.sh built
 * ($MICHISHIRUBE_RENDER, as Trunk's hook uses it), else cargo's.
 */
export function render(...args) {
  const cwd = fileURLToPath(new URL('../../', import.meta.url));
  const built = process.env.MICHISHIRUBE_RENDER;
  if (built) return execFileSync(built, args, { cwd });
  return execFileSync('cargo', ['run', '--quiet', '--offline', '--features', 'ssr', '--bin', 'render', '--', ...args], { cwd });
}

/**
 * The compact index in English (`data/index/en.txt`) the build writes for a dataset file's text,
 * by the build's own code (`render index`): of a dataset of this schema, searchable, with the
 * records it left out; of an older or newer one, its facts only.
 */
export function indexFor(json) {
  const dir = mkdtempSync(join(tmpdir(), 'michishirube-index-'));
  try {
    writeFileSync(join(dir, 'directory.json'), json);
    render('index', join(dir, 'directory.json'), join(dir, 'en.txt'));
    return readFileSync(join(dir, 'en.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true });
  }
}

export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launch(options = {}) {
  return chromium.launch({ executablePath: EXECUTABLE, args: FLAGS, ...options });
}

/** A browser with a real profile on disk (installing an app is impossible in incognito). */
export async function launchWithProfile(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, { executablePath: EXECUTABLE, args: FLAGS, ...PHONE });
}

export async function serve(options = {}) {
  return startServer({ dir: DIST, ...options });
}

/**
 * A fresh browser context (its own storage) and page at 360 px, recording every request and
 * every uncaught error so tests can assert none left the origin and nothing crashed.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ ...PHONE, locale: 'en-GB', ...contextOptions });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  if (url) await gotoReady(page, url);
  return { context, page, requests, errors };
}

/**
 * Loads a URL and waits until its islands run (the static page is whole before that), and on a
 * page with the directory's search, until the dataset is in.
 */
export async function gotoReady(page, url) {
  await page.goto(url);
  await hydrated(page);
}

/** Waits until the page's islands run and, where there is a search or a saved list, its data is in. */
export async function hydrated(page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  if (await page.locator('.finder').count()) await page.locator('.finder[data-loaded]').waitFor({ state: 'attached' });
}

/** Opens the language menu and follows the link to the page in this language. */
export async function chooseLanguage(page, name) {
  await page.locator('.lang > summary').click();
  await Promise.all([page.waitForEvent('load'), page.locator('.lang ul a', { hasText: name }).click()]);
  await hydrated(page);
}

/** The page's heading, as shown. */
export function pageTitle(page) {
  return page.locator('main h1:visible').textContent();
}

/** Waits until the page heading reads `text`. */
export function heading(page, text) {
  return page.waitForFunction((t) => [...document.querySelectorAll('main h1')].some((h) => h.checkVisibility() && h.textContent === t), text);
}

/** Waits until the result count reads `text`. */
export function resultCount(page, text) {
  return page.waitForFunction((t) => document.querySelector('.count')?.textContent === t, text);
}

/** A file's Subresource Integrity hash, as Trunk writes it in index.html's `integrity`. */
export function sri(body) {
  return `sha384-${createHash('sha384').update(body).digest('base64')}`;
}

/** The organisation cards shown (the static list, or a search's results), by id, in order. */
export async function cardIds(page) {
  return page.locator('main ul.orgs > li.card, .saved-page ul.cards > li.card').evaluateAll((cards) =>
    cards.filter((c) => c.checkVisibility()).map((c) => c.dataset.id),
  );
}

/** How far the page scrolls sideways (0 means it fits). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Waits until the service worker is active and has cached the shell and the dataset, so the next
 * navigation works offline. Not "controls this page": a page reloaded while the worker was
 * activating is never claimed, yet its next navigation goes through the worker.
 */
export async function waitForOffline(page, timeout = 15000) {
  // Polled from here: waitForFunction does not wait for an async predicate's promise.
  const state = () =>
    page.evaluate(async () => {
      const worker = (await navigator.serviceWorker?.getRegistration())?.active?.state ?? 'none';
      const keys = await caches.keys();
      const data = keys.find((k) => k.includes(' data v'));
      const datasets = data === undefined ? 0 : (await (await caches.open(data)).keys()).length;
      return { worker, shell: keys.some((k) => k.includes(' shell ')), datasets };
    });
  for (const start = Date.now(); ; await page.waitForTimeout(100)) {
    const now = await state();
    if (now.worker === 'activated' && now.shell && now.datasets > 0) return;
    if (Date.now() - start > timeout) throw new Error(`the app did not become available offline: ${JSON.stringify(now)}`);
  }
}

/** Once the app is available offline, takes the network away: the server drops every connection. */
export async function goOffline(page, server) {
  await waitForOffline(page);
  server.control.down = true;
  await page.context().setOffline(true);
}

/** The names of the app's caches. */
export async function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

/**
 * One browser and one server (the release build) for a test file, started before its tests
 * and closed after them: `const env = browserAndServer();` then `env.browser`, `env.server`.
 */
export function browserAndServer() {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await serve();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
