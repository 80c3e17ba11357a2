// The search, wired to the page: what the engine finds (its ranking is tested natively, in
// tests/search.rs) is drawn with why each was found, in the page's language, and a query that
// matches nothing still leads somewhere.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndServer, cardIds, openPage } from './helpers.mjs';

const env = browserAndServer();

/** Types a query into the search box and waits for the results to answer it. */
async function search(page, text) {
  await page.getByRole('searchbox').fill(text);
  await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, text);
  await page.waitForFunction(() => !document.querySelector('#listing') || document.querySelector('#listing').hasAttribute('data-search'));
}

describe('search in people’s words', () => {
  it('draws what "I need a lawyer" finds, and says why', async (t) => {
    const { page, context, errors } = await openPage(env.browser, `${env.server.url}en/`);
    t.after(() => context.close());
    await search(page, 'I need a lawyer');
    assert.ok((await cardIds(page)).includes('jar'));
    assert.equal(await page.locator('li.card[data-id="jar"]:visible .why-found').textContent(), '“lawyer” → Legal advice');
    assert.deepEqual(errors, []);
  });

  it('reads the Persian words of the Persian interface (its texts arrive with the dataset)', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}fa/`);
    t.after(() => context.close());
    await search(page, 'وکیل');
    assert.ok((await cardIds(page)).includes('jar'));
    assert.match(await page.locator('li.card[data-id="jar"]:visible .why-found').textContent(), /وکیل/);
  });

  it('never ends in a dead end: closest matches, kinds of help, a toll-free number to call', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/?category=statelessness`);
    t.after(() => context.close());
    await search(page, 'xqzvbnw');
    const help = page.locator('.dead-end');
    await help.waitFor();
    assert.match(await help.locator('.empty').textContent(), /^Nothing matches “xqzvbnw”\./);
    const call = help.locator('a[href="tel:+81120477472"]');
    assert.equal(await call.isVisible(), true, 'the toll-free number is callable');
    assert.equal(await call.textContent(), '0120-477-472');
    assert.ok(await help.getByRole('link', { name: 'Legal aid' }).isVisible());
    // The filters may be what hides everything: one tap clears them.
    await help.getByRole('button', { name: 'Clear search and filters' }).click();
    await page.waitForFunction(() => !new URL(location.href).search);
    assert.equal((await cardIds(page)).length, 11);
  });
});
