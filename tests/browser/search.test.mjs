// The search as a person in trouble uses it: a typo, a whole question, a word in their own
// language, and a query that matches nothing, which must still lead somewhere.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndServer, cardIds, openPage } from './helpers.mjs';

const env = browserAndServer();
const LEGAL_AID = ['frj', 'jar', 'unhcr-japan', 'jlnr', 'jar-pro-bono'];

/** Types a query into the search box and waits for the results to answer it. */
async function search(page, text) {
  await page.getByRole('searchbox').fill(text);
  await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, text);
  await page.waitForFunction(() => !document.querySelector('#listing') || document.querySelector('#listing').hidden);
}

describe('search in people’s words', () => {
  it('finds the Stateless Network for "statless"', async (t) => {
    const { page, context, errors } = await openPage(env.browser, `${env.server.url}en/`);
    t.after(() => context.close());
    await search(page, 'statless');
    assert.equal((await cardIds(page))[0], 'stateless-network');
    assert.deepEqual(errors, []);
  });

  it('lists the legal-aid organisations first for "I need a lawyer", and says why', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/`);
    t.after(() => context.close());
    await search(page, 'I need a lawyer');
    const first = (await cardIds(page)).slice(0, LEGAL_AID.length);
    assert.deepEqual([...first].sort(), [...LEGAL_AID].sort());
    assert.equal(await page.locator('li.card[data-id="jar"]:visible .why-found').textContent(), '“lawyer” → Legal advice');
  });

  it('does the same for «وکیل» in the Persian interface', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}fa/`);
    t.after(() => context.close());
    await search(page, 'وکیل');
    const first = (await cardIds(page)).slice(0, LEGAL_AID.length);
    assert.deepEqual([...first].sort(), [...LEGAL_AID].sort());
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
    assert.equal((await cardIds(page)).length, 9);
  });
});
