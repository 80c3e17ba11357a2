// Lighter for people on prepaid data: where the browser asks to save data, reading a page
// downloads no WebAssembly; the first search, filter or save loads it, says so, and does what
// the person did.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndServer, openPage, resultCount } from './helpers.mjs';

const env = browserAndServer();

/** A browser whose person asked it to save data (`navigator.connection.saveData`). */
async function savingData(t) {
  const session = await openPage(env.browser, null);
  t.after(() => session.context.close());
  await session.page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }), configurable: true }),
  );
  return session;
}

const wasm = (requests) => requests.filter((url) => url.endsWith('.wasm'));

describe('saving data', () => {
  it("reads JAR's page with no WebAssembly, and the first search loads it and answers", async (t) => {
    const { page, requests, errors } = await savingData(t);
    await page.goto(`${env.server.url}en/org/jar/`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(wasm(requests), []);
    // Readable and callable as drawn; "open now" gives the hours as written.
    assert.equal(await page.locator('.actions a.call').first().getAttribute('href'), 'tel:+81353796001');
    assert.match(await page.locator('main').innerText(), /Monday–Friday 10:00–17:00/);
    assert.equal(await page.locator('p.open, p.closed').count(), 0);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, 'nothing precached yet');

    await page.goto(`${env.server.url}en/`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(wasm(requests), []);
    await page.getByLabel('Search organisations').fill('stateless');
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await resultCount(page, '2 organisations');
    assert.equal(wasm(requests).length, 1);
    assert.deepEqual(errors, []);
  });

  it('saves at the first tap on "Save", once the app has loaded', async (t) => {
    const { page, requests } = await savingData(t);
    await page.goto(`${env.server.url}en/`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(wasm(requests), []);
    await page.locator('li.card[data-id="jar"] button.save').click();
    await page.locator('li.card[data-id="jar"] button.save[aria-pressed="true"]').waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.bookmarks.v1')).map((b) => b.id));
    assert.deepEqual(stored, ['jar']);
  });

  it('filters at the first choice of a filter', async (t) => {
    const { page } = await savingData(t);
    await page.goto(`${env.server.url}en/`);
    await page.waitForLoadState('networkidle');
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByLabel('Prefecture').selectOption('kanagawa');
    await resultCount(page, '1 organisation');
  });
});
