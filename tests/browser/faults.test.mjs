// Never a blank screen, nothing lost, nothing leaked: faults, hostile data, CSP.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { browserAndServer, cardIds, gotoReady, heading, horizontalOverflow, hydrated, indexFor, openPage, pageTitle, serve, sri, waitForOffline } from './helpers.mjs';

const file = (path) => readFile(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

const env = browserAndServer();

describe('a dataset that cannot be read', () => {
  // What the app reads of the dataset: the compact index in the page's language.
  const INDEX = '**/data/index/en.txt';
  const good = () => file('dist/data/index/en.txt');
  const dataset = () => file('data/directory.json');
  const cases = [
    ['missing (404)', async () => ({ status: 404, body: 'not found', type: 'text/plain' }), /not found on the server/],
    ['a server error', async () => ({ status: 500, body: 'oops', type: 'text/plain' }), /server had a problem/],
    ['a login page', async () => ({ body: '<!doctype html><title>Login</title>', type: 'text/html' }), /could not be read/],
    ['an index cut short', async () => ({ body: (await good()).slice(0, 9000) }), /could not be read/],
    ['an index damaged on the way', async () => ({ body: (await good()).replace('\nm\t', '\nm\tx') }), /could not be read/],
    ['the dataset, not its index', async () => ({ body: await dataset(), type: 'application/json' }), /could not be read/],
    ['from a future version', async () => ({ body: indexFor((await dataset()).replace('"schema_version": 3', '"schema_version": 7')) }), /newer version of the app/],
    ['very large', async () => ({ body: 'x'.repeat(65 * 1024 * 1024) }), /too large to open/],
  ];
  for (const [name, response, message] of cases) {
    it(`says so when it is ${name}, and loads it on retry`, async (t) => {
      // No service worker, so no saved copy to fall back to (that case is tested below).
      const { page, context, errors } = await openPage(env.browser, null, { serviceWorkers: 'block' });
      t.after(() => context.close());
      let broken = true;
      const reply = await response();
      await page.route(INDEX, (route) =>
        broken ? route.fulfill({ status: reply.status ?? 200, contentType: reply.type ?? 'text/plain', body: reply.body }) : route.continue(),
      );
      await page.goto(env.server.url);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /The directory could not be loaded/);
      assert.match(await alert.textContent(), message);
      // The page's own list stays: every organisation can still be reached.
      assert.equal((await cardIds(page)).length, 11);
      broken = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.locator('.finder[data-loaded]').waitFor({ state: 'attached' });
      await alert.waitFor({ state: 'detached' });
      await page.getByLabel('Search organisations').fill('stateless');
      await page.waitForFunction(() => document.querySelector('.count').textContent === '2 organisations');
      assert.deepEqual(errors, []);
    });
  }

  it('shows the good records and reports the bad one', async (t) => {
    const { page, context } = await openPage(env.browser, null, { serviceWorkers: 'block' });
    t.after(() => context.close());
    // The build refuses such a dataset; an index written from it anyway lists what it left out.
    const data = JSON.parse(await dataset());
    data.organizations[2].phones = 'not a list';
    const index = indexFor(JSON.stringify(data));
    await page.route(INDEX, (route) => route.fulfill({ contentType: 'text/plain', body: index }));
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await gotoReady(page, env.server.url);
    await page.waitForFunction(() => document.querySelector('#listing').hasAttribute('data-search'));
    assert.equal((await cardIds(page)).length, 10);
    assert.match(await page.locator('main .notice').textContent(), /^1 entry could not be shown because its data is damaged\.$/);
    // Which one and why, for whoever maintains the data.
    const id = data.organizations[2].id;
    const leftOut = warnings.filter((w) => w.includes('left out'));
    assert.equal(leftOut.length, 1, leftOut.join('\n'));
    assert.ok(leftOut[0].startsWith(`Michishirube: left out organizations ${id}: invalid type`), leftOut[0]);
  });

  it('falls back to the last good copy on the device, and says so', async (t) => {
    const session = await serve();
    const { page, context } = await openPage(env.browser, session.url);
    t.after(() => Promise.all([context.close(), session.close()]));
    await waitForOffline(page);
    // The worker is gone (say, cleared by the browser) but its cache remains; the server fails.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).unregister());
    session.control.overrides.set('data/index/en.txt', { status: 503, body: 'down' });
    await page.reload();
    await page.locator('.status.stale').waitFor();
    assert.match(await page.locator('.status.stale').textContent(), /Showing the copy saved on this device on .*server had a problem/);
    assert.equal((await cardIds(page)).length, 11);
    session.control.overrides.clear();
    await page.locator('.status.stale').getByRole('button', { name: 'Try again' }).click();
    await page.locator('.status.stale').waitFor({ state: 'detached' });
  });
});

describe('a crash', () => {
  it('shows a translated error with a way back, never a dead page', async (t) => {
    // A page damaged on the way (a proxy, a half-saved copy): an island's markup no longer is
    // what the app draws, and the wasm panics as it hydrates that island. No worker, so the
    // reload gets the server's page.
    const { page, context } = await openPage(env.browser, null, { serviceWorkers: 'block' });
    t.after(() => context.close());
    const drawn = await file('dist/ja/index.html');
    const damaged = drawn.replace(/(class="count"[^>]*>)[^<]+</, '$1<');
    assert.notEqual(damaged, drawn);
    env.server.control.overrides.set('ja/', { body: damaged, type: 'text/html; charset=utf-8' });
    t.after(() => env.server.control.overrides.clear());
    await page.goto(`${env.server.url}ja/`);
    const crash = page.getByRole('alert');
    await crash.waitFor();
    env.server.control.overrides.clear();
    assert.equal(await crash.locator('h1').textContent(), '問題が発生しました');
    assert.match(await crash.textContent(), /保存した内容は消えていません/);
    await Promise.all([page.waitForEvent('load'), crash.getByRole('link', { name: '再読み込み' }).click()]);
    await heading(page, '支援を探す');
  });
});

describe('storage faults', () => {
  it('keeps bookmarks for the session when the device is full, and says so', async (t) => {
    const { page, context, errors } = await openPage(env.browser, null);
    t.after(() => context.close());
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === 'michishirube.bookmarks.v1') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await gotoReady(page, env.server.url);
    await page.locator('li.card[data-id="jar"] button.save').click();
    // Said where it happened, as it happened.
    assert.match(await page.locator('.status.storage').textContent(), /storage is full/);
    assert.equal(await page.locator('li.card[data-id="jar"] button.save').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.badge').textContent(), '1');
    assert.deepEqual(errors, []);
  });

  it('keeps a damaged value when the full device refuses its backup, and says bookmarks are kept for this session', async (t) => {
    const { page, context, errors } = await openPage(env.browser, null);
    t.after(() => context.close());
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('michishirube.bookmarks.v1', '{not json');
      // The rest of the quota, in ever smaller pieces, until not one more character fits.
      for (let size = 1 << 20, i = 0; size >= 1; ) {
        try {
          localStorage.setItem(`filler.${i++}`, 'x'.repeat(size));
        } catch {
          size >>= 1;
        }
      }
    });
    const stored = () => page.evaluate(() => localStorage.getItem('michishirube.bookmarks.v1'));
    await gotoReady(page, `${env.server.url}en/saved/`);
    await page.getByText('could not be read').waitFor();
    assert.match(await page.locator('.status.storage').textContent(), /storage is full\. What you save now is kept only until you close this page/);
    assert.equal(await stored(), '{not json');
    // Saving still works, for the session, and still writes nothing over it.
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Directory' }).click()]);
    await hydrated(page);
    await page.locator('li.card[data-id="jar"] button.save').click();
    await page.locator('li.card[data-id="jar"] button.save[aria-pressed="true"]').waitFor();
    assert.equal(await page.locator('.badge').textContent(), '1');
    assert.match(await page.locator('.status.storage').textContent(), /storage is full/);
    assert.equal(await stored(), '{not json');
    assert.deepEqual(errors, []);
  });

  it('upgrades bookmarks stored in an older shape instead of wiping them', async (t) => {
    const { page, context } = await openPage(env.browser, null);
    t.after(() => context.close());
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('michishirube.bookmarks.v1', JSON.stringify(['frj', { id: 'icrra', kind: 'legal' }]));
        sessionStorage.setItem('seeded', '1');
      }
    });
    await gotoReady(page, `${env.server.url}?page=saved`);
    await page.locator('.saved-page ul.cards > li').first().waitFor();
    assert.deepEqual(await page.locator('.saved-page ul.cards > li').evaluateAll((cs) => cs.map((c) => c.dataset.id)), ['frj', 'icrra']);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('michishirube.bookmarks.v1')));
    assert.deepEqual(stored, [
      { kind: 'organization', id: 'frj', title: 'frj' },
      { kind: 'legal', id: 'icrra', title: 'icrra' },
    ]);
  });

  it('loses nothing when two tabs bookmark at once', async (t) => {
    const { page: first, context } = await openPage(env.browser, env.server.url);
    t.after(() => context.close());
    const second = await context.newPage();
    await gotoReady(second, env.server.url);
    await first.locator('li.card[data-id="jar"] button.save').click();
    await second.locator('li.card[data-id="frj"] button.save').click();
    // Under load the second tab's write may land a moment after its click returns.
    await second.locator('li.card[data-id="frj"] button.save[aria-pressed="true"]').waitFor();
    const stored = await first.evaluate(() => JSON.parse(localStorage.getItem('michishirube.bookmarks.v1')).map((b) => b.id));
    assert.deepEqual(stored.sort(), ['frj', 'jar']);
    // Each tab shows the other's bookmark too.
    await first.locator('li.card[data-id="frj"] button.save[aria-pressed="true"]').waitFor();
    await second.locator('li.card[data-id="jar"] button.save[aria-pressed="true"]').waitFor();
    assert.equal(await first.locator('.badge').textContent(), '2');
  });
});

describe('odd URLs', () => {
  it('answers unknown pages and ids with a helpful page, and absurd input calmly', async (t) => {
    const { page, context, errors } = await openPage(env.browser, null);
    t.after(() => context.close());
    for (const path of ['?page=admin', '?org=%3Cscript%3E', '?legal=../../etc/passwd', '?org=jar%00']) {
      await gotoReady(page, env.server.url + path);
      assert.equal(await pageTitle(page), 'Not found', path);
      assert.equal(await page.getByRole('link', { name: 'All organisations' }).count(), 1);
    }
    await gotoReady(page, `${env.server.url}?q=${'ab '.repeat(5000)}&category=nonsense&prefecture=%F0%9F%92%A9&lang=xx&embed=2&accent=%3C`);
    await page.waitForFunction(() => document.querySelector('#listing').hasAttribute('data-search'));
    assert.equal((await page.getByLabel('Search organisations').inputValue()).length, 200);
    assert.match(await page.locator('.count').textContent(), /^0 organisations$/);
    assert.equal(await horizontalOverflow(page), 0);
    assert.deepEqual(errors, []);
  });
});

describe('hostile data', () => {
  it('renders every attack as inert text, links none of them, and keeps the layout', async (t) => {
    const { page, context, errors } = await openPage(env.browser, null, { serviceWorkers: 'block' });
    t.after(() => context.close());
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    // The page's own cards come from the dataset the build checked; what the app draws from the
    // dataset it fetches is what the page has no card for. So every hostile record is new here.
    let hostile = await file('tests/fixtures/hostile.json');
    for (const o of JSON.parse(hostile).organizations) hostile = hostile.replaceAll(`"${o.id}"`, `"new-${o.id}"`);
    const index = indexFor(hostile);
    await page.route('**/data/index/en.txt', (route) => route.fulfill({ contentType: 'text/plain', body: index }));
    for (const path of ['', 'en/', 'en/saved/']) {
      await gotoReady(page, env.server.url + path);
      await page.waitForFunction(() => !document.querySelector('#listing') || document.querySelector('#listing').hasAttribute('data-search'));
      assert.equal(await horizontalOverflow(page), 0, `layout holds on ${path || 'home'}`);
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // Our own pages by relative address (no scheme; a kind of help as its query), or a web,
      // phone or mail link of the safe kinds.
      const safe = /^(https:|tel:\+81\d+$|mailto:[\w.+-]+@[\w.-]+$|[\w./-]*(\?category=[\w-]+)?$|#main$)/;
      assert.deepEqual(hrefs.filter((h) => !safe.test(h)), [], 'only safe links');
      assert.equal(await page.locator('main img, main script, main iframe, main svg, main style').count(), 0);
    }
    await gotoReady(page, env.server.url);
    await page.waitForFunction(() => document.querySelector('#listing').hasAttribute('data-search'));
    assert.match(await page.locator('li.card[data-id="new-frj"]:visible h3').textContent(), /<script>window\.pwned = 1<\/script>Forum/);
    assert.match(await page.locator('main .notice').textContent(), /2 entries could not be shown/);
    assert.equal(await page.locator('li.card[data-id="new-hostile-links"]').count(), 0);
    // A right-to-left override in a name stays inside the name.
    assert.equal(await page.locator('li.card[data-id="new-unhcr-japan"]:visible h3 span[dir="auto"]').count(), 1);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  });
});

describe('content security policy', () => {
  it('allows no script but its own files and one inline script by its hash, no eval, only WebAssembly', async (t) => {
    for (const path of ['', 'fa/org/jar/', 'en/saved/']) {
      const html = await (await fetch(env.server.url + path)).text();
      const csp = /http-equiv=["']?Content-Security-Policy["']? content="([^"]+)"|content="([^"]+)" http-equiv=["']?Content-Security-Policy/.exec(html);
      assert.ok(csp, `${path}: a CSP`);
      const policy = csp[1] ?? csp[2];
      assert.match(policy, /script-src 'self' 'sha256-[\w+/=]+' 'wasm-unsafe-eval'/);
      assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
      const inline = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]);
      assert.equal(inline.length, 1, `${path}: one inline script`);
      const hash = `'sha256-${createHash('sha256').update(inline[0]).digest('base64')}'`;
      assert.ok(policy.includes(hash), `${path}: the inline script's hash ${hash} is the one the policy allows`);
    }
    const { page, context } = await openPage(env.browser, null);
    t.after(() => context.close());
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of ['', 'en/org/jar/', 'en/legal/icrra/', 'en/saved/', 'ar/', '?embed=1&accent=%23aa0000', '?org=jar&lang=fa', 'ja/?embed=1&saved=0']) {
      await gotoReady(page, env.server.url + path);
      assert.deepEqual(await page.evaluate(() => window.violations), [], path);
    }
  });
});

describe('the build', () => {
  it('ships the JavaScript glue minified, under the integrity hash the page preloads it with', async (t) => {
    const { page, context } = await openPage(env.browser, env.server.url);
    t.after(() => context.close());
    await hydrated(page);
    const [href, integrity] = await page.locator('link[rel=modulepreload]').evaluate((l) => [l.href, l.integrity]);
    assert.match(integrity, /^sha384-/);
    const glue = Buffer.from(await (await fetch(href)).arrayBuffer());
    assert.equal(sri(glue), integrity);
    const text = glue.toString();
    assert.match(text, /__wbg_init as default|as default\}/, 'it is the wasm-bindgen glue');
    assert.ok(text.split('\n').length < 10, `minified (${text.split('\n').length} lines)`);
    assert.doesNotMatch(text, /\/\*\*|\n {4}/, 'no doc comments or indentation');
  });

  it('asks for the dataset while the WebAssembly downloads, and only once', async (t) => {
    const { page, context } = await openPage(env.browser, null, { serviceWorkers: 'block' });
    t.after(() => context.close());
    const events = [];
    page.on('request', (r) => events.push(`asked ${new URL(r.url()).pathname}`));
    page.on('requestfinished', (r) => events.push(`got ${new URL(r.url()).pathname}`));
    await gotoReady(page, env.server.url);
    await page.locator('main li.card').first().waitFor();
    const asked = events.filter((e) => e === 'asked /data/index/en.txt');
    assert.equal(asked.length, 1, events.join('\n'));
    // Without the preload the app would ask only once its WebAssembly had arrived and started.
    const wasm = events.findIndex((e) => /^got \/.*_bg\.wasm$/.test(e));
    assert.ok(wasm >= 0 && events.indexOf(asked[0]) < wasm, events.join('\n'));
  });
});

describe('privacy', () => {
  it('sends nothing outside its origin and sets no cookie, through a whole visit', async (t) => {
    const { page, context, requests } = await openPage(env.browser, env.server.url);
    t.after(() => context.close());
    await page.getByLabel('Search organisations').fill('tokyo');
    await page.waitForFunction(() => document.querySelector('#listing').hasAttribute('data-search'));
    await Promise.all([page.waitForEvent('load'), page.locator('li.card:visible h3 a').first().click()]);
    await hydrated(page);
    await page.locator('.actions button.save').click();
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: /Saved/ }).click()]);
    await gotoReady(page, `${env.server.url}en/legal/refugee-convention/`);
    await page.locator('.lang > summary').click();
    await Promise.all([page.waitForEvent('load'), page.locator('.lang a[hreflang="fa"]').click()]);
    await gotoReady(page, `${env.server.url}?org=jar`);
    const origin = new URL(env.server.url).origin;
    assert.ok(requests.length > 10);
    assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), []);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => document.cookie), '');
  });
});
