// After one visit the app works with no network, updates cleanly, and installs like an app.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheNames, cardIds, chooseLanguage, goOffline, gotoReady, heading, hydrated, indexFor, launch, launchWithProfile, openPage, pageTitle, render, resultCount, serve, sri, waitForOffline } from './helpers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Visits once online, then cuts the network: the server drops every connection. */
async function visitThenGoOffline(t, base = '/') {
  const server = await serve({ base });
  const session = await openPage(browser, server.url);
  t.after(() => Promise.all([session.context.close(), server.close()]));
  await goOffline(session.page, server);
  return { server, ...session };
}

describe('offline after one visit', () => {
  for (const base of ['/', '/help/']) {
    it(`works with no network at all (app served at ${base})`, async (t) => {
      const { server, page, errors } = await visitThenGoOffline(t, base);
      await gotoReady(page, server.url);
      assert.equal((await cardIds(page)).length, 11);
      await page.locator('.status.offline').waitFor();
      assert.match(await page.locator('.status.offline').textContent(), /Offline/);
      assert.match(await page.locator('footer .refreshed').textContent(), /^Updated on this device: /);

      await page.getByLabel('Search organisations').fill('stateless');
      await resultCount(page, '2 organisations');
      assert.equal((await cardIds(page))[0], 'stateless-network');
      await page.getByLabel('Search organisations').fill('');
      await page.locator('summary', { hasText: 'Filters' }).click();
      await page.getByLabel('Prefecture').selectOption('kanagawa');
      await resultCount(page, '1 organisation');

      // A deep link, old and new, from the device's copy.
      await gotoReady(page, `${server.url}?org=jar`);
      assert.equal(new URL(page.url()).pathname, `${base}en/org/jar/`);
      assert.equal(await pageTitle(page), 'Japan Association for Refugees');
      await page.locator('.actions button.save').click();
      await page.reload();
      await hydrated(page);
      await page.locator('.actions button.save[aria-pressed="true"]').waitFor();
      await gotoReady(page, `${server.url}en/saved/`);
      await page.locator('.saved-page li.card').first().waitFor();
      assert.deepEqual(await cardIds(page), ['jar']);
      await gotoReady(page, `${server.url}en/legal/icrra/`);
      assert.equal(await pageTitle(page), 'Immigration Control and Refugee Recognition Act (ICRRA)');
      assert.deepEqual(errors, []);
    });
  }

  it('opens a deep link offline in the language it was read in, and caches another language once opened', async (t) => {
    const server = await serve();
    const { context, page, errors } = await openPage(browser, `${server.url}fa/org/jar/`);
    t.after(() => Promise.all([context.close(), server.close()]));
    await waitForOffline(page);
    // Opened online once, Japanese is on the device from then on (its home page is kept last).
    await chooseLanguage(page, '日本語');
    for (const start = Date.now(); !(await page.evaluate(async () => (await caches.match('../../../ja/')) !== undefined)); ) {
      assert.ok(Date.now() - start < 15000, 'Japanese was never kept for offline use');
      await page.waitForTimeout(100);
    }
    await goOffline(page, server);
    for (const [path, lang, title] of [
      ['fa/legal/icrra/', 'fa', null],
      ['ja/legal/icrra/', 'ja', '出入国管理及び難民認定法（入管法）'],
      ['fa/', 'fa', null],
    ]) {
      await gotoReady(page, server.url + path);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, path);
      if (title) assert.equal(await pageTitle(page), title);
    }
    // A language never opened here: the same page, in one the device has, rather than an error.
    await page.goto(`${server.url}tr/legal/icrra/`);
    assert.ok(['fa', 'ja'].includes(await page.evaluate(() => document.documentElement.lang)));
    assert.deepEqual(errors, []);
  });

  it('makes its offline copy without downloading any file twice', async (t) => {
    const server = await serve();
    const { context, page } = await openPage(browser, server.url, { locale: 'fa-IR' });
    t.after(() => Promise.all([context.close(), server.close()]));
    await waitForOffline(page);
    // Only the reader's language is on the device: not the 17 others.
    const cached = await page.evaluate(async () => (await (await caches.open((await caches.keys()).find((k) => k.includes(' shell ')))).keys()).map((r) => r.url));
    const pages = cached.map((url) => new URL(url).pathname).filter((p) => p.endsWith('/') && p.length > 1);
    assert.ok(pages.includes('/fa/org/jar/'), pages.join(' '));
    assert.deepEqual(pages.filter((p) => !p.startsWith('/fa/')), [], 'pages of other languages cached');
    const downloads = server.control.sent.filter((r) => r.status === 200).map((r) => r.path);
    assert.deepEqual(
      downloads.filter((path, i) => downloads.indexOf(path) !== i),
      [],
      'files sent in full twice',
    );
    // The other pages came in one pack, not one by one.
    assert.ok(downloads.includes('/offline/fa.txt'), downloads.join(' '));
    assert.ok(downloads.filter((path) => path.startsWith('/fa/')).length <= 1, downloads.join(' '));
    // The worker did cache what the page had fetched: the server confirmed the page's copies.
    const confirmed = server.control.sent.filter((r) => r.status === 304).map((r) => r.path);
    assert.ok(confirmed.includes('/'), `the page revalidated, in ${confirmed}`);
    for (const file of ['_bg.wasm', '/data/index/fa.txt', '/i18n/fa.json']) {
      assert.ok(confirmed.some((path) => path.endsWith(file)), `${file} revalidated, in ${confirmed}`);
    }
  });

  it('makes its offline copy page by page when its pack comes damaged', async (t) => {
    const server = await serve();
    const pack = await readFile(join(DIST, 'offline/en.txt'), 'utf8');
    server.control.overrides.set('offline/en.txt', { body: pack.slice(0, pack.length / 2), type: 'text/plain; charset=utf-8' });
    const { context, page, errors } = await openPage(browser, server.url);
    t.after(() => Promise.all([context.close(), server.close()]));
    await waitForOffline(page);
    assert.ok(server.control.sent.some((r) => r.path === '/en/org/jar/' && r.status === 200), 'the pages came one by one');
    await goOffline(page, server);
    await gotoReady(page, `${server.url}en/org/jar/`);
    assert.equal(await pageTitle(page), 'Japan Association for Refugees');
    await gotoReady(page, `${server.url}en/help/refused/`);
    assert.match(await pageTitle(page), /refused/i);
    assert.deepEqual(errors, []);
  });
});

/** A second build: the first with a changed stylesheet, its sw.js filled in afresh by the build. */
async function makeNewBuild() {
  const dir = await mkdtemp(join(tmpdir(), 'michishirube-v2-'));
  await cp(DIST, dir, { recursive: true });
  const css = (await readdir(dir)).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
  const newCss = css.replace(/-[0-9a-f]+\.css$/, '-0000000000000002.css');
  const oldBody = await readFile(join(dir, css));
  const newBody = `${oldBody}\n:root{--build:"2"}`;
  await writeFile(join(dir, css), newBody);
  await rename(join(dir, css), join(dir, newCss));
  // Every page names the stylesheet.
  for (const page of (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'))) {
    const path = join(dir, page);
    await writeFile(path, (await readFile(path, 'utf8')).replace(css, newCss).replace(sri(oldBody), sri(newBody)));
  }
  await cp(join(ROOT, 'public/sw.js'), join(dir, 'sw.js'));
  render('worker', dir);
  return { dir, oldCss: css, newCss };
}

describe('updates', () => {
  it('offers a new version, then uses only its files and deletes the old cache', async (t) => {
    const server = await serve();
    const { page, context } = await openPage(browser, server.url);
    t.after(() => Promise.all([context.close(), server.close()]));
    await waitForOffline(page);
    const [oldShell] = (await cacheNames(page)).filter((k) => k.includes(' shell '));
    const build = await makeNewBuild();
    t.after(() => rm(build.dir, { recursive: true }));
    server.control.dir = build.dir;
    server.control.sent.length = 0;

    // Opening the app again checks for a new version; the page keeps running the old one.
    await page.reload();
    await page.locator('.status.update').waitFor();
    assert.match(await page.locator('.status.update').textContent(), /A new version of the app is ready/);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--build')), '');

    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    await hydrated(page);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--build')), '"2"');
    assert.ok(requests.includes(`/${build.newCss}`), 'the new stylesheet is loaded');
    assert.ok(!requests.includes(`/${build.oldCss}`), 'the old stylesheet is not');
    // Only what changed was downloaded: the unchanged wasm cost a 304.
    const wasm = server.control.sent.filter((r) => r.path.endsWith('_bg.wasm')).map((r) => r.status);
    assert.deepEqual(wasm, [304]);
    const shells = (await cacheNames(page)).filter((k) => k.includes(' shell '));
    assert.equal(shells.length, 1);
    assert.notEqual(shells[0], oldShell);
  });
});

describe('dataset refresh', () => {
  async function visitThenServe(t, body) {
    const server = await serve();
    const session = await openPage(browser, server.url);
    t.after(() => Promise.all([session.context.close(), server.close()]));
    await waitForOffline(session.page);
    server.control.overrides.set('data/index/en.txt', { body, type: 'text/plain; charset=utf-8' });
    const refreshed = session.page.waitForResponse((r) => r.url().includes('index/en.txt?fresh='));
    // Once the app has judged the server's copy, it says so to whoever maintains the data.
    const kept = session.page
      .waitForEvent('console', { predicate: (m) => m.type() === 'warning' && m.text().includes('kept the directory') })
      .then((m) => m.text());
    kept.catch(() => {});
    await gotoReady(session.page, server.url);
    await refreshed;
    return { server, kept, ...session };
  }

  const good = () => readFile(join(DIST, 'data/index/en.txt'), 'utf8');
  const dataset = () => readFile(join(DIST, 'data/directory.json'), 'utf8');

  it('keeps the good copy when the server sends a damaged one', async (t) => {
    const damaged = (await good()).slice(0, 5000);
    const { server, page, kept } = await visitThenServe(t, damaged);
    assert.match(await kept, /the server's copy could not be read: index: damaged/);
    assert.equal((await cardIds(page)).length, 11);
    await gotoReady(page, server.url);
    assert.equal((await cardIds(page)).length, 11);
  });

  it('keeps the good copy when the server sends one that fails validation', async (t) => {
    // The build refuses such a dataset; an index written from it anyway lists what it left out.
    const invalid = indexFor((await dataset()).replace('"e164": "+81353796001"', '"e164": "+81353796009"'));
    const { server, page, kept } = await visitThenServe(t, invalid);
    assert.match(await kept, /fails validation: organizations jar: phone .* dials \+81353796001, not \+81353796009/);
    await gotoReady(page, `${server.url}en/org/jar/`);
    assert.equal(await page.locator('.actions a.call').first().getAttribute('href'), 'tel:+81353796001');
  });

  it('searches and keeps a valid new copy', async (t) => {
    // The cards are the pages' own (a new copy comes with new pages, in a new version of the
    // app); what the app reads from the copy is what it searches.
    const data = JSON.parse(await dataset());
    data.organizations[1].summary.en = 'A refreshed summary about quokkas.';
    const { server, page } = await visitThenServe(t, indexFor(JSON.stringify(data)));
    await page.getByRole('searchbox').fill('quokkas');
    await page.waitForFunction(() => document.querySelector('#listing').hasAttribute('data-search'));
    await page.waitForFunction(() => document.querySelectorAll('main ul.orgs > li.card:not([hidden])').length === 1);
    assert.deepEqual(await cardIds(page), ['jar']);
    await goOffline(page, server);
    await gotoReady(page, `${server.url}?q=quokkas`);
    await page.waitForFunction(() => document.querySelector('#listing').hasAttribute('data-search'));
    assert.deepEqual(await cardIds(page), ['jar']);
  });
});

describe('installable', () => {
  it('has a manifest whose icons exist at the sizes it claims, and Chromium can install it', async (t) => {
    const server = await serve({ base: '/help/' });
    const profile = await mkdtemp(join(tmpdir(), 'michishirube-profile-'));
    const context = await launchWithProfile(profile);
    t.after(async () => {
      await Promise.all([context.close(), server.close()]);
      await rm(profile, { recursive: true });
    });
    const page = await context.newPage();
    await gotoReady(page, server.url);
    await waitForOffline(page);
    const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
    assert.equal(manifest.display, 'standalone');
    assert.equal(new URL(manifest.start_url, `${server.url}manifest.webmanifest`).href, server.url);
    assert.equal(new URL(manifest.scope, `${server.url}manifest.webmanifest`).href, server.url);
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
    for (const icon of manifest.icons) {
      const size = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, icon.src);
      if (icon.sizes !== 'any') assert.equal(size, icon.sizes, icon.src);
    }
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
  });
});
