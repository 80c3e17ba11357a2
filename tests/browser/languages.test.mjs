// The interface in the languages of asylum seekers in Japan, right-to-left included.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, browserAndServer, cardIds, chooseLanguage, goOffline, gotoReady, heading, horizontalOverflow, hydrated, launch, openPage, serve } from './helpers.mjs';

const catalog = async (code) => JSON.parse(await readFile(fileURLToPath(new URL(`../../public/i18n/${code}.json`, import.meta.url)), 'utf8'));

const env = browserAndServer();

describe('choosing the language', () => {
  it('follows the browser on a first visit: Persian, right to left', async (t) => {
    const { page, context } = await openPage(env.browser, env.server.url, { locale: 'fa-IR' });
    t.after(() => context.close());
    const fa = await catalog('fa');
    await heading(page, fa.HomeTitle);
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['fa', 'rtl']);
  });

  it('asks for its strings, the directory and its texts while the WebAssembly downloads', async (t) => {
    const context = await env.browser.newContext({ locale: 'fa-IR', serviceWorkers: 'block' });
    t.after(() => context.close());
    const page = await context.newPage();
    const events = [];
    page.on('request', (r) => events.push(`asked ${new URL(r.url()).pathname}`));
    page.on('requestfinished', (r) => events.push(`got ${new URL(r.url()).pathname}`));
    await gotoReady(page, env.server.url);
    await heading(page, (await catalog('fa')).HomeTitle);
    const wasm = events.findIndex((e) => /^got \/.*_bg\.wasm$/.test(e));
    for (const file of ['/i18n/fa.json', '/data/index/fa.txt']) {
      const asked = events.filter((e) => e === `asked ${file}`);
      assert.equal(asked.length, 1, `${file} once\n${events.join('\n')}`);
      assert.ok(events.indexOf(asked[0]) < wasm, `${file} before the wasm arrived\n${events.join('\n')}`);
    }
  });

  it('remembers a switch across reloads and offline, and switches offline to a language opened before', async (t) => {
    const session = await serve();
    const { page, context } = await openPage(env.browser, session.url);
    t.after(() => Promise.all([context.close(), session.close()]));
    const [ar, tr] = [await catalog('ar'), await catalog('tr')];
    await chooseLanguage(page, 'Türkçe');
    await chooseLanguage(page, 'العربية');
    await heading(page, ar.HomeTitle);
    await page.reload();
    await heading(page, ar.HomeTitle);
    // The site's root opens in the language chosen.
    await gotoReady(page, session.url);
    await heading(page, ar.HomeTitle);
    // Both were opened: their pages come to be on the device (each home page is kept last).
    const kept = () => page.evaluate(async () => (await caches.match('../tr/')) !== undefined && (await caches.match('../ar/')) !== undefined);
    for (const start = Date.now(); !(await kept()); ) {
      assert.ok(Date.now() - start < 15000, 'Turkish and Arabic were never kept for offline use');
      await page.waitForTimeout(100);
    }
    await goOffline(page, session);
    await page.reload();
    await heading(page, ar.HomeTitle);
    await chooseLanguage(page, 'Türkçe');
    await heading(page, tr.HomeTitle);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
    assert.equal((await cardIds(page)).length, 11);
  });

  it('lists every language by its own name, one tap away on every page and in embed mode', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/jar/`);
    t.after(() => context.close());
    const links = await page.locator('.lang ul a').evaluateAll((as) => as.map((a) => [a.hreflang, a.lang, a.textContent, a.getAttribute('href')]));
    // English and Japanese first, then the rest, each once.
    assert.deepEqual(links.slice(0, 2).map(([code]) => code), ['en', 'ja']);
    assert.deepEqual(links.map(([code]) => code).sort(), LANGUAGES);
    assert.ok(links.every(([code, lang]) => code === lang));
    assert.deepEqual(links.find(([code]) => code === 'fa'), ['fa', 'fa', 'فارسی', '../../../fa/org/jar/']);
    await gotoReady(page, `${env.server.url}?embed=1`);
    assert.equal(await page.locator('.lang ul a').count(), LANGUAGES.length);
  });
});

describe('right to left', () => {
  for (const code of ['ar', 'fa', 'ur']) {
    it(`mirrors the layout in ${code} and never scrolls sideways at 360 px`, async (t) => {
      const { page, context } = await openPage(env.browser, null);
      t.after(() => context.close());
      for (const path of ['', 'org/jar/', 'org/stateless-network/', 'legal/refugee-convention/', 'legal/', 'saved/', '404.html']) {
        await gotoReady(page, `${env.server.url}${code}/${path}`);
        assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
        assert.equal(await horizontalOverflow(page), 0, `sideways scroll on ${code}/${path}`);
      }
      await gotoReady(page, `${env.server.url}${code}/`);
      // The brand sits at the right, the language menu at the left.
      const [brand, menu] = await Promise.all([page.locator('.brand').boundingBox(), page.locator('.lang > summary').boundingBox()]);
      assert.ok(brand.x > menu.x, 'header mirrored');
      await page.locator('.lang > summary').click();
      assert.equal(await horizontalOverflow(page), 0, 'sideways scroll with the language menu open');
      // Phone numbers and emails stay left to right inside right-to-left text.
      await gotoReady(page, `${env.server.url}${code}/org/jar/`);
      const number = page.locator('.actions a.call span[dir="ltr"]').first();
      assert.equal(await number.textContent(), '03-5379-6001');
      assert.equal(await number.evaluate((e) => getComputedStyle(e).direction), 'ltr');
      assert.equal(await page.locator('a[href="mailto:barbour@refugee.or.jp"][dir="ltr"]').count(), 1);
      // The back arrow points the way back: to the right.
      assert.match(await page.locator('.back .arrow').evaluate((e) => getComputedStyle(e).transform), /^matrix\(-1/);
    });
  }

  it('leaves the back link unmirrored in left-to-right languages', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/jar/`);
    t.after(() => context.close());
    const transforms = await page.locator('.back a, .back .arrow').evaluateAll((els) => els.map((e) => getComputedStyle(e).transform));
    assert.deepEqual(transforms, ['none', 'none']);
  });
});

describe('plurals, fallbacks and Japanese forms', () => {
  it('counts results with the plural rules of Arabic', async (t) => {
    const { page, context } = await openPage(env.browser, null);
    t.after(() => context.close());
    const ar = await catalog('ar');
    const seen = new Set();
    for (const [query, n] of [['', 11], ['yokohama', 1], ['minato-ku', 2], ['zzzz', 0]]) {
      await gotoReady(page, `${env.server.url}ar/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction((n) => [...document.querySelectorAll('main ul.orgs > li.card')].filter((c) => c.checkVisibility()).length === n, n);
      const expected = await page.evaluate(
        ([forms, n]) => forms[new Intl.PluralRules('ar').select(n)].replace('{n}', new Intl.NumberFormat('ar').format(n)),
        [ar.ResultCount, (await cardIds(page)).length],
      );
      assert.equal((await cardIds(page)).length, n, query);
      assert.equal(await page.locator('.count').textContent(), expected);
      seen.add(expected);
    }
    assert.equal(seen.size, 4, 'few, one, two and zero are four different sentences');
  });

  it('marks text shown in a fallback language, and shows Japanese forms beside', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}fr/org/jar/`);
    t.after(() => context.close());
    const fr = await catalog('fr');
    // The summary is translated; the long description is not, and says so.
    assert.equal(await page.locator('.lead [lang="en"]').count(), 0);
    const about = page.locator('section', { has: page.locator('h2', { hasText: fr.SectionAbout }) });
    assert.equal(await about.locator('p[lang="en"]').first().getAttribute('dir'), 'auto');
    assert.match(await about.textContent(), new RegExp(`\\(${fr.InEnglish}\\)`));
    assert.equal(await page.locator('.ja-name > [lang="ja"]').textContent(), '難民支援協会');
    assert.match(await page.locator('.ja-address > [lang="ja"]').textContent(), /〒101-0065 東京都千代田区 西神田2-5-2 TASビル4階/);
  });

  it('searches in the reader\'s language and in Japanese, kana folded', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}fr/`);
    t.after(() => context.close());
    const categories = JSON.parse(await readFile(fileURLToPath(new URL('../../data/i18n/fr.json', import.meta.url)), 'utf8')).taxonomy.categories;
    await page.getByRole('searchbox').fill(categories.statelessness);
    await page.waitForFunction(() => document.querySelector('#listing').hasAttribute('data-search'));
    assert.ok((await cardIds(page)).includes('stateless-network'));
    await gotoReady(page, `${env.server.url}fr/?q=${encodeURIComponent('なんみんふぉーらむ')}`);
    await page.waitForFunction(() => document.querySelector('#listing').hasAttribute('data-search'));
    assert.deepEqual(await cardIds(page), ['frj']);
  });

  it('has the letters of every language on a phone with Noto fonts', async (t) => {
    const { page, context } = await openPage(env.browser, null);
    t.after(() => context.close());
    for (const code of LANGUAGES) {
      await gotoReady(page, `${env.server.url}${code}/`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), code);
      // A frame on, the font check (run once the islands have hydrated) is done.
      await page.evaluate(() => new Promise(requestAnimationFrame));
      assert.equal(await page.locator('.font-missing').count(), 0, code);
      assert.equal(await horizontalOverflow(page), 0, code);
    }
  });
});

describe('a phone without the fonts for a language', () => {
  it('says so, in English too, with a way to another language', async (t) => {
    // Fontconfig without the Myanmar fonts: Burmese letters become empty boxes.
    const dir = await mkdtemp(join(tmpdir(), 'michishirube-fonts-'));
    const reject = ['Noto Sans Myanmar', 'Noto Serif Myanmar'].map((f) => `<pattern><patelt name="family"><string>${f}</string></patelt></pattern>`);
    await writeFile(
      join(dir, 'fonts.conf'),
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
       <selectfont><rejectfont>${reject.join('')}</rejectfont></selectfont></fontconfig>`,
    );
    const noMyanmar = await launch({ env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') } });
    t.after(async () => {
      await noMyanmar.close();
      await rm(dir, { recursive: true });
    });
    const { page } = await openPage(noMyanmar, `${env.server.url}my/org/jar/`);
    const notice = page.locator('.font-missing');
    await notice.waitFor();
    assert.match(await notice.locator('p[lang="en"]').textContent(), /empty boxes/);
    await Promise.all([page.waitForEvent('load'), notice.getByRole('link', { name: 'English' }).click()]);
    await hydrated(page);
    await heading(page, 'Japan Association for Refugees');
    assert.equal(await page.locator('.font-missing').count(), 0);
  });
});
