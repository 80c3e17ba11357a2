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
    const address = page.locator('section', { has: page.locator('h2', { hasText: 'Address' }) });
    assert.match(await address.locator('.call-first:not(.third-party)').textContent(), /^Call before visiting/);
    assert.deepEqual(errors, []);
  });

  it("leads with the address JAR moved to, and keeps the source's as the old listing, with what shows it out of date", async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/jar/`);
    t.after(() => context.close());
    assert.match(await page.locator('address').textContent(), /^TAS Bldg\. 4F2-5-2 Nishi-KandaChiyoda-ku, Tokyo 101-0065Japan/);
    const mark = page.locator('address details.ours');
    assert.equal(await mark.locator('summary').textContent(), 'updated by this app');
    await mark.locator('summary').click();
    assert.match(await mark.locator('.why').first().textContent(), /out of date.*CANPAN FIELDS/);
    // Only a third party gives the new street address: said, with "call before visiting".
    assert.equal(await page.locator('.third-party').first().textContent(), "Only third-party pages give this, not the organisation's own: call before you go.");
    const old = page.locator('.superseded');
    assert.equal(await old.count(), 1);
    assert.match(
      await old.textContent(),
      /^Old listing: Daisan Shikakura Bldg\., 6F, 1-7-10 Yotsuya, Shinjuku-ku, Tokyo 160-0004, Japan \(AMERA International, May 2023\)\. Out of date, according to Japan Association for Refugees \(2018\)\./,
    );
    assert.equal(await old.locator('a').getAttribute('href'), 'https://refugee.or.jp/report/activity/2018/06/post_466');
    // In Japanese, the old listing is in Japanese too, and still only there.
    await gotoReady(page, `${env.server.url}ja/org/jar/`);
    assert.match(await page.locator('.superseded').textContent(), /^古い掲載内容：〒160-0004 東京都新宿区四谷1-7-10/);
    assert.doesNotMatch((await page.locator('main').innerText()).replace(await page.locator('.superseded').innerText(), ''), /四谷/);
  });

  it('marks a Japanese address we wrote as ours, and says so in one tap', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/unhcr-japan/`);
    t.after(() => context.close());
    const mark = page.locator('.ja-address details.ours');
    assert.equal(await mark.locator('summary').textContent(), 'added by this app');
    assert.equal(await mark.locator('.why').isVisible(), false);
    await mark.locator('summary').click();
    assert.equal(await mark.locator('.why').textContent(), 'Japanese form written by this app, not by the source.');
    // The English form is the source's: no mark on it.
    assert.equal(await page.locator('address details.ours').count(), 0);
  });

  it("leads with FRJ's street number as FRJ's own page gives it, in English and in Persian", async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/frj/`);
    t.after(() => context.close());
    assert.match(await page.locator('address').textContent(), /1-53-11 Yamato-cho/);
    const old = await page.locator('.superseded').textContent();
    assert.match(old, /^Old listing: 1-52-11, Yamato-cho, Nakano-ku, Tokyo 165-0034 \(AMERA International, May 2023\)\. Out of date, according to Forum for Refugees Japan \(2022\)\./);
    assert.match(old, /frj\.or\.jp\/en/);
    // FRJ's own page gives it: no third-party warning.
    assert.equal(await page.locator('.third-party').count(), 0);
    // Where a page disagrees and nothing shows which is right, the notice is a conflict.
    await gotoReady(page, `${env.server.url}en/org/jar/`);
    assert.match(await page.locator('.conflict').first().textContent(), /^Check before you go: another source \(Japan Association for Refugees, 2023\) gives consultations at the office from 11:00 to 16:00\./);

    await gotoReady(page, `${env.server.url}fa/org/frj/`);
    const persian = await page.locator('.superseded').textContent();
    assert.match(persian, /Forum for Refugees Japan/);
    assert.match(persian, /2022|۲۰۲۲/);
    assert.match(persian, /1-52-11/);
    assert.doesNotMatch(persian, /Old listing/, 'the notice is in Persian');
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
    assert.match(note, /\nData version: 2026-12-04 · [0-9a-f]{16}\n/);
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
