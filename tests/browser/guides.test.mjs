// What to do now: a guide for each situation a person is in, one tap from the home page, readable
// with no script, with its time limit, the words to show at a counter, whom to call, and the pages
// each step rests on; and the last day of a time limit, worked out on the device alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, browserAndServer, gotoReady, horizontalOverflow, openPage } from './helpers.mjs';

const env = browserAndServer();

describe('guides for the situations people are in', () => {
  it('reaches the refused, detained and deportation guides from the home page in one tap, with no script, each with call buttons and sources', async (t) => {
    const { page, context } = await openPage(env.browser, null, { javaScriptEnabled: false });
    t.after(() => context.close());
    for (const [name, heading, call] of [
      ['My application was refused', /^My application was refused$/, 'tel:+81353796001'],
      ['I, or someone I know, is detained', /^I, or someone I know, is detained$/, 'tel:+81353124826'],
      ['I received a deportation order, or this is my third application', /deportation order/, 'tel:+81353124826'],
    ]) {
      await page.goto(`${env.server.url}en/`);
      const menu = page.locator('nav.situations');
      assert.equal(await menu.locator('h2').textContent(), 'What is happening to you?');
      await Promise.all([page.waitForEvent('load'), menu.getByRole('link', { name }).click()]);
      assert.match(await page.locator('main h1').textContent(), heading);
      const main = page.locator('main');
      assert.match(await main.innerText(), /This is information, not legal advice/);
      assert.ok((await main.locator(`a[href="${call}"]`).count()) > 0, `${name}: no call to ${call}`);
      assert.ok((await main.locator('.cites').count()) >= 3, `${name}: the steps cite their pages`);
    }
    // The refused guide leads with its time limit and how it is counted.
    await page.goto(`${env.server.url}en/help/refused/`);
    const limit = page.locator('section.deadline');
    assert.equal(await limit.locator('h2').textContent(), 'Time limit: 7 days from the day you were told of the refusal');
    assert.match(await limit.innerText(), /The day you are told does not count/);
    assert.match(await limit.innerText(), /not an official page/);
    assert.match(await page.locator('.phrases').innerText(), /審査請求をしたいです。/);
    assert.equal(await horizontalOverflow(page), 0);
  });

  it('says 7 days in Persian, right to left, with the Japanese term beside it', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}fa/help/refused/`);
    t.after(() => context.close());
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const heading = await page.locator('section.deadline h2').textContent();
    assert.match(heading, /۷/);
    assert.doesNotMatch(heading, /Time limit|\b7\b/);
    assert.match(await page.locator('main').innerText(), /審査請求/);
    assert.match(await page.locator('main').innerText(), /ترجمه/, 'marked as the app’s translation');
    assert.equal(await horizontalOverflow(page), 0);
  });

  it('gives the last day to ask for a review for the day a person was told, in Japan time, and keeps nothing', async (t) => {
    const { page, context, requests } = await openPage(env.browser, `${env.server.url}en/help/refused/`);
    t.after(() => context.close());
    const stored = () => page.evaluate(async () => ({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, dbs: (await indexedDB.databases()).length }));
    const before = await stored();
    const sent = requests.length;
    const input = page.getByLabel('The day you were told');
    // Told on Tuesday 22 December 2026: the 7th day is the 29th, in the New Year closure; the
    // offices open on Monday 4 January 2027.
    await input.fill('2026-12-22');
    const answer = page.locator('.deadline-last');
    await answer.filter({ hasText: 'Last day' }).waitFor();
    // Written as this British-English phone writes dates, with the weekday.
    assert.equal(await answer.textContent(), 'Last day: Monday, 4 January 2027 (Japan time). Do it before then, not on the last day.');
    // Told on Monday 2 March 2026: Monday 9 March.
    await input.fill('2026-03-02');
    await answer.filter({ hasText: 'Monday, 9 March 2026' }).waitFor();
    assert.deepEqual(await stored(), before, 'the day entered was stored');
    assert.equal(requests.length, sent, 'a request went out');
  });

  it('is found by search, in English and in Persian', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/`);
    t.after(() => context.close());
    await page.getByLabel('Search organisations').fill('appeal');
    await page.locator('ul.guides li.card[data-id="refused"]').waitFor();
    await gotoReady(page, `${env.server.url}fa/`);
    await page.locator('input[name="q"]').fill('اعتراض');
    await page.locator('ul.guides li.card[data-id="refused"]').waitFor();
  });

  it('saves a guide like an organisation, and shows its Japanese words to staff', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/help/detained/`);
    t.after(() => context.close());
    await page.locator('article > .actions button.save').click();
    await page.locator('article > .actions button.save[aria-pressed="true"]').waitFor();
    await gotoReady(page, `${env.server.url}en/saved/`);
    await page.locator('.saved-page li.card[data-id="detained"]').waitFor();
    await gotoReady(page, `${env.server.url}en/help/detained/`);
    await page.getByRole('link', { name: 'Show to staff' }).click();
    const view = page.locator('#staff');
    await view.waitFor();
    assert.match(await view.innerText(), /Show this screen at the counter\./);
    const word = view.locator('.staff-big', { hasText: '監理措置' });
    assert.ok((await word.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))) >= 28);
    assert.match(await view.innerText(), /supervision measures/);
  });

  for (const lang of ['en', 'fa']) {
    it(`has no axe violations and no sideways scroll at 360 px on a guide, in ${lang}`, async (t) => {
      const { page, context } = await openPage(env.browser, null, { bypassCSP: true });
      t.after(() => context.close());
      await gotoReady(page, `${env.server.url}${lang}/help/refused/`);
      assert.equal(await horizontalOverflow(page), 0);
      assert.deepEqual(await axeViolations(page), [], `${lang} guide`);
      await gotoReady(page, `${env.server.url}${lang}/`);
      assert.deepEqual(await axeViolations(page), [], `${lang} home with the guides`);
    });
  }
});
