// Where each fact comes from, as a reader sees it: who listed the record and how old that is,
// which facts we added, where another source disagrees, and a way to report a mistake that
// sends nothing by itself (and so works offline).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndServer, goOffline, gotoReady, openPage, serve } from './helpers.mjs';

const env = browserAndServer();

describe('provenance on every record', () => {
  it("says who listed JAR and that nobody has checked it since, not 'Last verified'", async (t) => {
    const { page, context, errors } = await openPage(env.browser, `${env.server.url}en/org/jar/`);
    t.after(() => context.close());
    const line = await page.locator('footer.provenance .listed').textContent();
    assert.equal(line, 'Listed by AMERA International · page updated May 2023 · not re-checked since');
    assert.doesNotMatch(await page.locator('main').textContent(), /Last verified/);
    assert.match(await page.locator('.call-first').textContent(), /^Call before visiting/);
    assert.deepEqual(errors, []);
  });

  it('marks the Japanese address as ours, and says so in one tap', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/jar/`);
    t.after(() => context.close());
    const mark = page.locator('.ja-address details.ours');
    assert.equal(await mark.locator('summary').textContent(), 'added by this app');
    assert.equal(await mark.locator('.why').isVisible(), false);
    await mark.locator('summary').click();
    assert.equal(await mark.locator('.why').textContent(), 'Japanese form written by this app, not by the source.');
    // The English form is the source's: no mark on it.
    assert.equal(await page.locator('address details.ours').count(), 0);
  });

  it("shows FRJ's street-number conflict with its cited source, in English and in Persian", async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/frj/`);
    t.after(() => context.close());
    const notices = page.locator('.conflict');
    assert.equal(await notices.count(), 2);
    const first = await notices.first().textContent();
    assert.match(first, /^Check before you go: another source \(Forum for Refugees Japan, 2022\) gives 1-53-11 Yamato-cho, Nakano-ku\./);
    assert.match(first, /frj\.or\.jp\/en/);
    assert.equal(await notices.nth(1).locator('a').getAttribute('href'), 'https://www.spf.org/spfnews/pressrelease/20220518.html');
    // The source's own number stays; the notice stands beside it.
    assert.match(await page.locator('address').textContent(), /1-52-11 Yamato-cho/);

    await gotoReady(page, `${env.server.url}fa/org/frj/`);
    const persian = await page.locator('.conflict').first().textContent();
    assert.match(persian, /Forum for Refugees Japan/);
    assert.match(persian, /2022|۲۰۲۲/);
    assert.match(persian, /1-53-11/);
    assert.doesNotMatch(persian, /Check before you go/, 'the notice is in Persian');
  });
});

describe('report a mistake', () => {
  /** Opens the report on JAR's page, says what was found, and returns the page. */
  async function report(page) {
    await page.locator('details.report summary').click();
    await page.getByLabel('What is wrong').selectOption({ label: 'Phone number' });
    await page.getByLabel('What you found').fill('The number no longer answers.');
  }

  it('offers share and copy (no email: the dataset names no maintainer), with the record in the note', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/jar/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    t.after(() => context.close());
    await report(page);
    const actions = page.locator('details.report .actions');
    assert.equal(await actions.locator('a[href^="mailto:"]').count(), 0);
    assert.ok(await actions.getByRole('button', { name: 'Share the note' }).isVisible());
    await actions.getByRole('button', { name: 'Copy the note' }).click();
    await page.locator('details.report .said', { hasText: 'Note copied' }).waitFor();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(note, /^A mistake in Michishirube: Japan Association for Refugees\n/);
    assert.match(note, /\nEntry: jar \(Japan Association for Refugees\)\n/);
    assert.match(note, /\nPart: Phone number\n/);
    assert.match(note, /\nWhat I found: The number no longer answers\.\n/);
    assert.match(note, /\nData version: 2023-05 · [0-9a-f]{16}\n/);
  });

  it('shares the note through the share sheet, also offline', async (t) => {
    const server = await serve();
    const { page, context } = await openPage(env.browser, `${server.url}en/org/jar/`);
    t.after(() => Promise.all([context.close(), server.close()]));
    await goOffline(page, server);
    await gotoReady(page, `${server.url}en/org/jar/`);
    // A stand-in share sheet, as a phone has, that records what it was given.
    await page.evaluate(() => {
      navigator.share = async (data) => {
        window.shared = data;
      };
    });
    await report(page);
    await page.getByRole('button', { name: 'Share the note' }).click();
    const shared = await page.waitForFunction(() => window.shared).then((h) => h.jsonValue());
    assert.equal(shared.title, 'A mistake in Michishirube: Japan Association for Refugees');
    assert.match(shared.text, /Entry: jar \(/);
  });
});
