// What a person does with the directory, in a real browser against the release build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndServer, cardIds, chooseLanguage, gotoReady, heading, horizontalOverflow, hydrated, openPage, pageTitle, resultCount } from './helpers.mjs';

const env = browserAndServer();

describe('home page', () => {
  it('shows a card for every organisation, the count, and the legal cards', async () => {
    const { page, context, errors } = await openPage(env.browser, env.server.url);
    assert.equal(await pageTitle(page), 'Find help');
    assert.equal((await cardIds(page)).length, 11);
    assert.equal(await page.locator('.count').textContent(), '11 organisations');
    const frj = page.locator('li.card[data-id="frj"]');
    assert.match(await frj.locator('h3').textContent(), /Forum for Refugees Japan/);
    assert.equal(await frj.locator('a.call').getAttribute('href'), 'tel:+81363830688');
    assert.equal(await frj.locator('a[href^="mailto:"]').getAttribute('href'), 'mailto:info@frj.or.jp');
    assert.equal(await page.locator('section.legal li.card').count(), 9);
    assert.equal(await page.locator('.as-of').textContent(), 'Data revised on December 4, 2026. About this data');
    assert.match(await page.locator('footer .refreshed').textContent(), /^Updated on this device: 20\d\d-\d\d-\d\d \d\d:\d\d\.$/);
    // One line on where the facts come from, linking to the page that says it record by record.
    const about = page.locator('footer.bottom a', { hasText: 'About this data' });
    assert.equal(await about.getAttribute('href'), 'en/about/');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('searches as you type, without reloading, and puts the search in the URL', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    await page.evaluate(() => (window.notReloaded = true));
    await page.getByLabel('Search organisations').pressSequentially('stateless');
    await page.waitForFunction(() => document.querySelector('.count').textContent !== '11 organisations');
    const ids = await cardIds(page);
    assert.equal(ids[0], 'stateless-network');
    assert.equal(await page.locator('.count').textContent(), `${ids.length} organisations`);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'stateless');
    assert.equal(await page.evaluate(() => window.notReloaded), true);
    // Not all-or-nothing: each word finds its own, and a weaker match says why.
    await page.getByLabel('Search organisations').fill('stateless burma');
    await page.locator('li.card[data-id="brsa"]:visible').waitFor();
    assert.ok((await cardIds(page)).includes('stateless-network'));
    assert.equal(await page.locator('li.card[data-id="brsa"]:visible .why-found').textContent(), 'Matches 1 of 2 words');
    await context.close();
  });

  it('narrows the list and the count with filters, kept across a reload', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByLabel('Prefecture').selectOption('kanagawa');
    await resultCount(page, '1 organisation');
    assert.deepEqual(await cardIds(page), ['stateless-network']);
    await page.getByLabel('Prefecture').selectOption('');
    await page.getByLabel('Category').selectOption('legal-aid');
    await resultCount(page, '6 organisations');
    await page.getByLabel('Search organisations').fill('network');
    await resultCount(page, '3 organisations');
    assert.equal(new URL(page.url()).search, '?q=network&category=legal-aid');
    await page.reload();
    await hydrated(page);
    await resultCount(page, '3 organisations');
    assert.deepEqual(await cardIds(page), ['jlnr', 'frj', 'jar']);
    assert.equal(await page.getByLabel('Search organisations').inputValue(), 'network');
    assert.equal(await page.getByLabel('Category').inputValue(), 'legal-aid');
    assert.equal(await page.locator('details.filters').evaluate((d) => d.open), true);
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await resultCount(page, '11 organisations');
    assert.equal(new URL(page.url()).search, '');
    assert.equal(await page.getByLabel('Category').inputValue(), '');
    await context.close();
  });
});

describe('detail pages', () => {
  it('opens an organisation at its own address, with every way to reach it', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/jar/`);
    assert.equal(await pageTitle(page), 'Japan Association for Refugees');
    const calls = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(calls.includes('tel:+81353796001'));
    assert.ok(calls.includes('tel:+81120477472'));
    // The fax is shown but never offered as a call.
    assert.ok(!calls.some((href) => href.includes('53796002')));
    assert.match(await page.locator('dl.fields').textContent(), /Fax \(not for calls\)03-5379-6002/);
    // JAR's own address for email, from its own page, leads; the contacts the source named follow.
    assert.equal(await page.locator('.actions a[href^="mailto:"]').getAttribute('href'), 'mailto:contact@refugee.or.jp');
    assert.match(await page.locator('section', { hasText: 'Contact people' }).textContent(), /Eri Ishikawa\s*ishikawa@refugee\.or\.jp/);
    // The office JAR moved to in 2018, not the Yotsuya one the source listed in 2023.
    assert.match(await page.locator('address').textContent(), /2-5-2 Nishi-Kanda.*Chiyoda-ku, Tokyo 101-0065/);
    const maps = page.getByRole('link', { name: 'Open in maps' });
    assert.match(await maps.getAttribute('href'), /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=.*101-0065/);
    assert.match(await page.locator('main').textContent(), /Monday–Friday 10:00–17:00/);
    assert.match(await page.locator('.provenance').textContent(), /Listed by AMERA International · page updated May 2023 · not re-checked since/);
    assert.match(await page.locator('.provenance').textContent(), /AMERA International/);
    await context.close();
  });

  it('says whether it is open now, in Japan time, once the app runs', async () => {
    const { page, context } = await openPage(env.browser, null);
    // Tuesday 24 November 2026, 11:00 in Japan; then Saturday 28 November, 11:00.
    await page.clock.setFixedTime(new Date('2026-11-24T02:00:00Z'));
    await gotoReady(page, `${env.server.url}en/org/jar/`);
    await page.locator('p.open').waitFor();
    assert.equal(await page.locator('p.open').textContent(), 'Open now, until 17:00');
    await page.clock.setFixedTime(new Date('2026-11-28T02:00:00Z'));
    await gotoReady(page, `${env.server.url}en/org/jar/`);
    await page.locator('p.closed').waitFor();
    assert.equal(await page.locator('p.closed').textContent(), 'Closed now. Opens Monday at 10:00.');
    // Monday 23 November 2026, 11:00, is a public holiday (勤労感謝の日): it may be closed.
    await page.clock.setFixedTime(new Date('2026-11-23T02:00:00Z'));
    await gotoReady(page, `${env.server.url}en/org/jar/`);
    await page.locator('p.holiday').waitFor();
    assert.equal(await page.locator('p.holiday').textContent(), 'Today is a public holiday in Japan (勤労感謝の日). It may be closed: call before you go.');
    assert.equal(await page.locator('p.open').count(), 0);
    // Friday 1 May 2026, 18:00: the next opening skips the weekend and the holidays of 4–6 May.
    await page.clock.setFixedTime(new Date('2026-05-01T09:00:00Z'));
    await gotoReady(page, `${env.server.url}en/org/jar/`);
    await page.locator('p.closed').waitFor();
    assert.equal(await page.locator('p.closed').textContent(), 'Closed now. Opens Thursday at 10:00.');
    // The static page says neither: only the app knows the time.
    const html = await (await fetch(`${env.server.url}en/org/jar/`)).text();
    assert.doesNotMatch(html, /Open now|Closed now/);
    await context.close();
  });

  it('flags the truncated JLNR address instead of linking it', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/jlnr/`);
    assert.equal(await page.locator('a[href^="mailto:"]').count(), 0);
    assert.match(await page.locator('dl.fields').textContent(), /jlnr@izumibashi-law\.ne\s*Not confirmed/);
    await context.close();
  });

  it('goes to a card and back with the browser, and reload stays on the page', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}?q=refugee`);
    await page.waitForFunction(() => document.querySelector('.count').textContent !== '11 organisations');
    await Promise.all([page.waitForEvent('load'), page.locator('li.card[data-id="jar"]:visible h3 a').click()]);
    assert.equal(await pageTitle(page), 'Japan Association for Refugees');
    assert.equal(new URL(page.url()).pathname, '/en/org/jar/');
    await page.reload();
    assert.equal(await pageTitle(page), 'Japan Association for Refugees');
    await page.goBack();
    await heading(page, 'Find help');
    await hydrated(page);
    assert.equal(await page.getByLabel('Search organisations').inputValue(), 'refugee');
    await context.close();
  });

  it('opens a legal card at its own address, and lists them all', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/legal/refugee-convention/`);
    assert.equal(await pageTitle(page), 'The 1951 Refugee Convention and its 1967 Protocol');
    assert.match(await page.locator('main').textContent(), /non-refoulement/);
    await gotoReady(page, `${env.server.url}en/legal/`);
    assert.equal(await page.locator('main li.card').count(), 9);
    await context.close();
  });

  it('says so when a record does not exist', async () => {
    const { page, context, errors } = await openPage(env.browser, `${env.server.url}?org=no-such-org`);
    assert.equal(await pageTitle(page), 'Not found');
    assert.equal(new URL(page.url()).pathname, '/en/404.html');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('copies the address and shares the link', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/jar/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.evaluate(() => delete Navigator.prototype.share);
    await page.getByRole('button', { name: 'Copy address' }).click();
    await page.getByText('Copied', { exact: true }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'TAS Bldg. 4F, 2-5-2 Nishi-Kanda, Chiyoda-ku, Tokyo 101-0065, Japan');
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByText('Link copied').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.server.url}en/org/jar/`);
    await context.close();
  });
});

describe('bookmarks', () => {
  it('survive a reload and are listed on the saved page', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    const save = page.locator('li.card[data-id="jar"] button.save');
    await save.click();
    assert.equal(await save.getAttribute('aria-pressed'), 'true');
    await page.reload();
    await hydrated(page);
    await page.locator('li.card[data-id="jar"] button.save[aria-pressed="true"]').waitFor();
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: /Saved/ }).click()]);
    await hydrated(page);
    assert.equal(await pageTitle(page), 'Saved');
    await page.locator('.saved-page li.card').first().waitFor();
    assert.deepEqual(await cardIds(page), ['jar']);
    assert.equal(new URL(page.url()).pathname, '/en/saved/');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.bookmarks.v1')));
    assert.deepEqual(stored, [{ kind: 'organization', id: 'jar', title: 'Japan Association for Refugees' }]);
    await context.close();
  });

  it('stored by the build before this one are read as they are, older shapes and odd titles too', async () => {
    // Exactly what the previous build wrote with serde_json (and its older shapes), byte for byte.
    const earlier =
      '[{"kind":"organization","id":"jar","title":"Japan Association for Refugees"},' +
      '{"kind":"legal","id":"icrra","title":"Immigration Control and \\"Refugee\\" Recognition Act \\u00e9 \\ud83c\\udff3"},' +
      '{"kind":"situation","id":"apply","title":"Applying for refugee status"},' +
      '"frj",{"id":"stateless-network"}]';
    const { page, context, errors } = await openPage(env.browser, null);
    await page.addInitScript((raw) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem('michishirube.bookmarks.v1', raw);
      sessionStorage.setItem('seeded', '1');
    }, earlier);
    await gotoReady(page, `${env.server.url}en/saved/`);
    await page.locator('.saved-page li.card').first().waitFor();
    assert.deepEqual(await cardIds(page), ['jar', 'icrra', 'apply', 'frj', 'stateless-network']);
    assert.equal(await page.locator('.saved-page .notice').count(), 0, 'nothing called damaged');
    // The older shapes are written back in today's; the rest as they were.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.bookmarks.v1')));
    assert.deepEqual(stored[1], { kind: 'legal', id: 'icrra', title: 'Immigration Control and "Refugee" Recognition Act é 🏳' });
    assert.deepEqual(stored[3], { kind: 'organization', id: 'frj', title: 'frj' });
    await gotoReady(page, `${env.server.url}en/org/jar/`);
    await page.locator('.actions button.save[aria-pressed="true"]').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('keep a record that left the dataset, marked "no longer listed"', async () => {
    const { page, context } = await openPage(env.browser, null);
    await page.addInitScript(() => {
      localStorage.setItem('michishirube.bookmarks.v1', JSON.stringify([{ kind: 'organization', id: 'closed-ngo', title: 'A Closed NGO' }]));
    });
    await gotoReady(page, `${env.server.url}en/saved/`);
    const gone = page.locator('li.card.gone');
    assert.match(await gone.textContent(), /A Closed NGO.*No longer listed in the directory/);
    await gone.getByRole('button', { name: 'Remove' }).click();
    assert.equal(await page.locator('li.card.gone').count(), 0);
    await context.close();
  });

  it('work for the session, and say so, when storage is blocked', async () => {
    const { page, context, errors } = await openPage(env.browser, null);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await gotoReady(page, env.server.url);
    await page.locator('li.card[data-id="frj"] button.save').click();
    assert.equal(await page.locator('.badge').textContent(), '1');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('back up a corrupt stored value instead of overwriting it', async () => {
    const { page, context } = await openPage(env.browser, null);
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('michishirube.bookmarks.v1', '{not json');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await gotoReady(page, `${env.server.url}en/saved/`);
    await page.getByText('could not be read').waitFor();
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Directory' }).click()]);
    await hydrated(page);
    await page.locator('li.card[data-id="jar"] button.save').click();
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('michishirube.bookmarks.v1.unreadable')).map((k) => localStorage.getItem(k)),
    );
    assert.deepEqual(backups, ['{not json']);
    await context.close();
  });
});

describe('languages', () => {
  it('switches to Japanese from the menu, in <html lang>, and remembers the choice', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    await chooseLanguage(page, '日本語');
    assert.equal(await pageTitle(page), '支援を探す');
    assert.equal(new URL(page.url()).pathname, '/ja/');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
    assert.equal(await page.locator('.count').textContent(), '11団体');
    assert.match(await page.locator('li.card[data-id="jar"] h3').textContent(), /難民支援協会/);
    // The site's root now opens in Japanese.
    await gotoReady(page, env.server.url);
    assert.equal(new URL(page.url()).pathname, '/ja/');
    await context.close();
  });

  it('follows the language in old links, and the browser language on a first visit', async () => {
    const viaUrl = await openPage(env.browser, `${env.server.url}?lang=ja&org=jar`);
    assert.equal(new URL(viaUrl.page.url()).pathname, '/ja/org/jar/');
    assert.equal(await viaUrl.page.evaluate(() => document.documentElement.lang), 'ja');
    assert.equal(await pageTitle(viaUrl.page), '難民支援協会');
    assert.match(await viaUrl.page.locator('address').textContent(), /〒101-0065東京都千代田区西神田2-5-2TASビル4階/);
    await chooseLanguage(viaUrl.page, 'English');
    assert.equal(new URL(viaUrl.page.url()).pathname, '/en/org/jar/');
    assert.equal(await pageTitle(viaUrl.page), 'Japan Association for Refugees');
    await viaUrl.context.close();
    const viaBrowser = await openPage(env.browser, env.server.url, { locale: 'ja-JP' });
    assert.equal(await pageTitle(viaBrowser.page), '支援を探す');
    await viaBrowser.context.close();
  });
});

describe('phone-sized', () => {
  it('never scrolls sideways at 360 px, and every tap target is at least 44 px', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    const pages = ['', 'en/org/jar/', 'en/org/stateless-network/', 'en/org/jlnr/', 'en/org/iom-japan/', 'en/legal/icrra/', 'en/legal/', 'en/saved/', 'ja/org/unhcr-japan/'];
    for (const path of pages) {
      await gotoReady(page, env.server.url + path);
      assert.equal(await horizontalOverflow(page), 0, `sideways scroll on ${path || 'home'}`);
      const small = await page.locator('main a.btn, main .back a, main button, main select, main input, header a, header summary').evaluateAll((els) =>
        els
          .filter((e) => e.offsetParent !== null)
          .map((e) => [e.textContent.trim() || e.id, e.getBoundingClientRect().height])
          .filter(([, h]) => h < 44),
      );
      assert.deepEqual(small, [], `small tap targets on ${path || 'home'}`);
    }
    await page.locator('.lang > summary').click();
    const menu = await page.locator('.lang ul a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height).filter((h) => h < 44));
    assert.deepEqual(menu, [], 'small language links');
    assert.equal(await horizontalOverflow(page), 0, 'sideways scroll with the language menu open');
    await context.close();
  });
});
