// For the moment of need: showing an organisation to staff, leaving quickly, saving the contact,
// printing. Each as a person would do it, against the release build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { axeViolations, browserAndServer, goOffline, gotoReady, horizontalOverflow, openPage } from './helpers.mjs';

const env = browserAndServer();

/** A stand-in for the Screen Wake Lock API that logs each request and release in `window.wake`. */
function stubWakeLock() {
  window.wake = [];
  const wakeLock = {
    request: async (type) => {
      window.wake.push(`request ${type}`);
      return { released: false, release: async () => void window.wake.push('release'), addEventListener() {} };
    },
  };
  Object.defineProperty(Navigator.prototype, 'wakeLock', { get: () => wakeLock, configurable: true });
}

/** The font size, in CSS px, of the element holding exactly this text. */
function fontSize(page, text) {
  return page.locator('#staff').getByText(text, { exact: true }).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
}

describe('Show to staff', () => {
  it("shows JAR's Japanese name, address and phone at arm's length and keeps the screen on until closed", async (t) => {
    const { page, context, errors } = await openPage(env.browser, null);
    t.after(() => context.close());
    await page.addInitScript(stubWakeLock);
    await gotoReady(page, `${env.server.url}en/org/jar/`);
    assert.equal(await page.locator('#staff').isVisible(), false);
    await page.getByRole('link', { name: 'Show to staff' }).click();
    const view = page.locator('#staff');
    await view.waitFor();
    assert.match(await view.textContent(), /難民支援協会/);
    assert.match(await view.textContent(), /この住所へ行きたいです。/);
    assert.match(await view.textContent(), /I want to go to this address\./);
    assert.match(await view.textContent(), /この団体に電話をかけてください。/);
    // The office JAR moved to, not the one the source listed: nothing of Yotsuya at that size.
    const address = view.locator('.staff-big', { hasText: '西神田2-5-2' });
    assert.match(await address.innerText(), /〒101-0065\s+東京都千代田区\s+西神田2-5-2\s+TASビル4階/);
    assert.ok((await address.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))) >= 28);
    const big = await view.locator('.staff-big').evaluateAll((es) => es.filter((e) => parseFloat(getComputedStyle(e).fontSize) >= 28).map((e) => e.innerText));
    assert.ok(!big.some((text) => /四谷|Yotsuya|160-0004/.test(text)), big.join(' | '));
    // Only a third party's listing gives the new street address: the person is told to call first.
    assert.match(await view.textContent(), /Only third-party pages give this, not the organisation's own: call before you go\./);
    assert.ok((await fontSize(page, '03-5379-6001')) >= 28);
    assert.ok((await fontSize(page, '難民支援協会')) >= 28);
    // A fax is no number to call.
    assert.equal(await view.getByText('03-5379-6002').count(), 0);
    await page.waitForFunction(() => window.wake.includes('request screen'));
    assert.equal(await horizontalOverflow(page), 0);
    await view.getByRole('link', { name: 'Close' }).click();
    await page.waitForFunction(() => window.wake.includes('release'));
    assert.equal(await view.isVisible(), false);
    assert.deepEqual(await page.evaluate(() => window.wake), ['request screen', 'release']);
    // Back to it (the browser's Back reopens it): the lock again; leaving the page lets it go.
    await page.goBack();
    await view.waitFor();
    await page.waitForFunction(() => window.wake.length === 3);
    assert.deepEqual(errors, []);
  });

  it('works with no script, with the Japanese name and address', async (t) => {
    const { page, context } = await openPage(env.browser, null, { javaScriptEnabled: false });
    t.after(() => context.close());
    await page.goto(`${env.server.url}en/org/brsa/`);
    await page.getByRole('link', { name: 'Show to staff' }).click();
    const view = page.locator('#staff');
    await view.waitFor();
    assert.match(await view.textContent(), /在日ビルマ難民たすけあいの会/);
    assert.match(await view.textContent(), /駒込3-2-7/);
    // BRSA has no phone: no sentence asking staff to call.
    assert.doesNotMatch(await view.textContent(), /電話をかけてください/);
    await page.goto(`${env.server.url}en/org/jar/#staff`);
    assert.match(await page.locator('#staff .staff-big', { hasText: '西神田' }).innerText(), /TASビル4階/);
    assert.doesNotMatch(await page.locator('#staff').innerText(), /四谷/);
  });

  for (const lang of ['en', 'ja', 'fa']) {
    it(`has no axe violations and no sideways scroll at 360 px, in ${lang}`, async (t) => {
      const { page, context } = await openPage(env.browser, null, { bypassCSP: true });
      t.after(() => context.close());
      await gotoReady(page, `${env.server.url}${lang}/org/jar/#staff`);
      await page.locator('#staff').waitFor();
      assert.equal(await horizontalOverflow(page), 0);
      assert.deepEqual(await axeViolations(page), [], `${lang} staff view`);
      if (lang === 'fa') assert.match(await page.locator('#staff').textContent(), /این|آدرس|نشانی/);
      // The page itself, with its new buttons and the safety line, printed and on screen.
      await page.goto(`${env.server.url}${lang}/org/jar/`);
      assert.equal(await horizontalOverflow(page), 0);
    });
  }
});

describe('Leave quickly', () => {
  it('Escape twice puts the neutral page in place of the directory, and Back does not return', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/`);
    t.after(() => context.close());
    await gotoReady(page, `${env.server.url}en/org/jar/`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/notes\.html$/);
    assert.equal(await page.title(), 'Notes');
    const text = await page.locator('body').textContent();
    assert.doesNotMatch(text + (await page.content()), /refug|asylum|難民|michishirube/i);
    await page.evaluate(() => history.back());
    // Back lands on the directory's home page, which goes straight on to the neutral page.
    await page.waitForTimeout(500);
    await page.waitForURL(/\/notes\.html$/);
    assert.equal(await page.title(), 'Notes');
  });

  it('works from the first paint, before the app has loaded, and by its link', async (t) => {
    const { page, context, requests } = await openPage(env.browser, null);
    t.after(() => context.close());
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${env.server.url}fa/`);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/notes\.html$/);
    // One press alone does nothing; two far apart neither.
    await page.goto(`${env.server.url}en/legal/`);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1700);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    assert.match(page.url(), /\/en\/legal\/$/);
    await page.getByRole('link', { name: /Leave quickly/ }).click();
    await page.waitForURL(/\/notes\.html$/);
    assert.ok(requests.every((url) => url.startsWith(env.server.url)), 'nothing left the origin');
  });

  it("goes to a partner's https page given by the embed parameter, and to ours for anything else", async (t) => {
    const { page, context } = await openPage(env.browser, null);
    t.after(() => context.close());
    await page.route('https://partner.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    const safe = encodeURIComponent('https://partner.example/weather');
    await gotoReady(page, `${env.server.url}en/?embed=1&leave=${safe}`);
    // The parameter stays with the frame from page to page.
    await page.locator('#orgs .card h3 a').first().click();
    await page.waitForURL(/org\//);
    await page.getByRole('link', { name: /Leave quickly/ }).click();
    await page.waitForURL('https://partner.example/weather');
    await gotoReady(page, `${env.server.url}en/?embed=1&leave=${encodeURIComponent('javascript:alert(1)')}`);
    await page.getByRole('link', { name: /Leave quickly/ }).click();
    await page.waitForURL(/\/notes\.html$/);
  });

  it('says that it does not clear the history, and the discreet tab gives a neutral title and icon', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/jar/`);
    t.after(() => context.close());
    assert.match(await page.locator('footer .safety').textContent(), /does not clear your browser's history/);
    const own = await page.title();
    assert.match(own, /Japan Association for Refugees/);
    await page.getByLabel(/Discreet tab/).check();
    assert.equal(await page.title(), 'Notes');
    assert.match(await page.locator('link[rel~=icon]').first().getAttribute('href'), /icons\/notes\.svg$/);
    // Kept on this device: the next page is neutral from its first paint.
    await gotoReady(page, `${env.server.url}en/org/frj/`);
    assert.equal(await page.title(), 'Notes');
    assert.equal(await page.getByLabel(/Discreet tab/).isChecked(), true);
    await page.getByLabel(/Discreet tab/).uncheck();
    assert.match(await page.title(), /Forum for Refugees Japan/);
    assert.match(await page.locator('link[rel~=icon]').first().getAttribute('href'), /icons\/icon\.svg$/);
    // In Persian the neutral title is Persian.
    await page.getByLabel(/Discreet tab/).check();
    await gotoReady(page, `${env.server.url}fa/org/frj/`);
    assert.equal(await page.title(), 'یادداشت‌ها');
  });
});

describe('Save to contacts', () => {
  /** Taps "Save to contacts" and parses the file downloaded. */
  async function download(page) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Save to contacts' }).click()]);
    assert.equal(file.suggestedFilename(), 'jar.vcf');
    const text = await readFile(await file.path(), 'utf8');
    return new ICAL.Component(ICAL.parse(text));
  }

  it('downloads a vCard that a parser reads, with the Japanese name, the phones typed, and the addresses, also offline', async (t) => {
    const { page, context, server } = { ...(await openPage(env.browser, `${env.server.url}en/org/jar/`)), server: env.server };
    t.after(async () => {
      server.control.down = false;
      await context.close();
    });
    const check = (card) => {
      assert.equal(card.getFirstPropertyValue('version'), '4.0');
      const names = card.getAllProperties('fn').map((p) => [p.getParameter('language'), p.getFirstValue()]);
      assert.deepEqual(names, [['en', 'Japan Association for Refugees'], ['ja', '難民支援協会']]);
      const phones = card.getAllProperties('tel').map((p) => [p.getParameter('type'), p.getFirstValue()]);
      assert.deepEqual(phones, [['voice', '03-5379-6001'], ['voice', '0120-477-472'], ['fax', '03-5379-6002']]);
      // The office JAR moved to; nothing of the one the source listed.
      const addresses = card.getAllProperties('adr').map((p) => p.getFirstValue());
      assert.equal(addresses[0][2], '西神田2-5-2 TASビル4階');
      assert.equal(addresses[1][2], 'TAS Bldg. 4F, 2-5-2 Nishi-Kanda');
      assert.equal(addresses[1][5], '101-0065');
      assert.doesNotMatch(card.toString(), /Yotsuya|四谷|160-0004/);
      assert.doesNotMatch(card.getFirstPropertyValue('note'), /refug|asylum/i);
    };
    check(await download(page));
    await goOffline(page, server);
    await gotoReady(page, `${env.server.url}en/org/jar/`);
    check(await download(page));
  });
});

describe('Print', () => {
  it('prints the saved list with the addresses and numbers, and no navigation or buttons', async (t) => {
    const { page, context } = await openPage(env.browser, null);
    t.after(() => context.close());
    await page.addInitScript(() => localStorage.setItem('michishirube.bookmarks.v1', JSON.stringify([{ kind: 'organization', id: 'jar', title: 'JAR' }])));
    await gotoReady(page, `${env.server.url}en/saved/`);
    await page.locator('.saved-page li.card').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), true);
    assert.equal(await page.getByText('2-5-2 Nishi-Kanda').isVisible(), false, 'on screen the card stays short');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.top').isVisible(), false);
    assert.equal(await page.locator('nav').first().isVisible(), false);
    assert.equal(await page.locator('button:visible, .btn:visible').count(), 0);
    const card = page.locator('.saved-page li.card');
    const paper = await card.locator('.print-only').innerText();
    assert.match(paper, /2-5-2 Nishi-Kanda/);
    assert.match(paper, /西神田2-5-2/);
    assert.match(paper, /Only third-party pages give this/);
    assert.doesNotMatch(paper, /Yotsuya|四谷/);
    assert.match(paper, /03-5379-6001/);
    assert.equal(await card.locator('.print-only').isVisible(), true);
  });

  it("prints an organisation's page with its Japanese address and phones", async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/jar/`);
    t.after(() => context.close());
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.top').isVisible(), false);
    assert.equal(await page.locator('.btn:visible, button:visible').count(), 0);
    assert.equal(await page.locator('.ja-address').isVisible(), true);
    assert.match(await page.locator('.ja-address').innerText(), /西神田2-5-2/);
    // The source's old address is printed only as what it is: the old listing.
    const old = await page.locator('.superseded').innerText();
    assert.match(old, /^Old listing: Daisan Shikakura Bldg\., 6F, 1-7-10 Yotsuya/);
    assert.doesNotMatch((await page.locator('main').innerText()).replace(old, ''), /Yotsuya|四谷/);
    assert.equal(await page.locator('dl.fields').getByText('03-5379-6001').isVisible(), true);
    assert.equal(await page.locator('#staff').isVisible(), false);
  });
});
