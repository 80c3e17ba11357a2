// Shared set-up for the browser tests: the release build (dist/) served over HTTP on
// 127.0.0.1, and Debian's Chromium driven headless by playwright-core.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startServer } from '../serve.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

// Without these flags Chromium floods the closed network with background requests.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
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

/** Loads a URL and waits until the app has drawn its page heading. */
export async function gotoReady(page, url) {
  await page.goto(url);
  await page.locator('main h1').first().waitFor();
}

/** The organisation cards' ids, in order. */
export async function cardIds(page) {
  return page.locator('main > ul.cards > li.card').evaluateAll((cards) => cards.map((c) => c.dataset.id));
}

/** How far the page scrolls sideways (0 means it fits). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
