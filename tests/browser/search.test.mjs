// The search, wired to the page: what the engine finds (its ranking is tested natively, in
// tests/search.rs) is drawn with why each was found, in the page's language, and a query that
// matches nothing still leads somewhere.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserAndServer, cardIds, indexFor, openPage, render } from './helpers.mjs';

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

describe('a directory longer than a page', () => {
  it('lists what the page has no card for as plain rows, fifty at a time, and searches them', async (t) => {
    // 120 organisations made from the shipped ones (ids the page has no card for), as the build
    // would index them.
    const dir = await mkdtemp(join(tmpdir(), 'michishirube-long-'));
    t.after(() => rm(dir, { recursive: true }));
    render('sample', '120', join(dir, 'long.json'));
    const index = indexFor(await readFile(join(dir, 'long.json'), 'utf8'));
    const { page, context, errors } = await openPage(env.browser, null, { serviceWorkers: 'block' });
    t.after(() => context.close());
    await page.route('**/data/index/en.txt', (route) => route.fulfill({ contentType: 'text/plain', body: index }));
    await page.goto(env.server.url);
    const rows = page.locator('#more li.card.row');
    await page.waitForFunction(() => document.querySelectorAll('#more li.card.row').length === 50);
    assert.equal(await page.locator('.count').textContent(), '120 organisations');
    assert.equal((await cardIds(page)).length, 50, 'the page\'s own cards are not among them');
    assert.equal(await rows.first().locator('h3 a').getAttribute('href'), 'en/org/frj-0/');
    assert.equal(await rows.first().locator('h3 span[dir="auto"]').textContent(), 'Forum for Refugees Japan 0');
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#more li.card.row').length === 100);
    await page.getByRole('button', { name: 'Show 20 more' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#more li.card.row').length === 120);
    assert.equal(await page.locator('#more button.more').count(), 0);
    // A search goes back to the first fifty of what it finds, with why each weaker one was found.
    await search(page, 'forum zzzz');
    await page.locator('#more li.card.row .why-found').first().waitFor();
    const names = await rows.locator('h3').allTextContents();
    assert.ok(names.length <= 50, `${names.length} rows`);
    // Its eleven copies, by name first.
    assert.deepEqual(names.slice(0, 11), [0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110].map((i) => `Forum for Refugees Japan ${i}`));
    assert.match(await rows.first().locator('.why-found').textContent(), /Matches 1 of 2 words/);
    // On a Persian page, a row's name in English says so, as the page's own cards do.
    await page.route('**/data/index/fa.txt', (route) => route.fulfill({ contentType: 'text/plain', body: index }));
    await page.goto(`${env.server.url}fa/`);
    await page.waitForFunction(() => document.querySelectorAll('#more li.card.row').length === 50);
    assert.equal(await rows.first().locator('h3 span[dir="auto"]').getAttribute('lang'), 'en');
    assert.deepEqual(errors, []);
  });
});
