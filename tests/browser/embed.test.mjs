// A partner's page on another origin embeds the app with embed.js.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardIds, gotoReady, heading, hydrated, launch, openPage, pageTitle, serve } from './helpers.mjs';
import { startServer } from '../serve.mjs';

// The app's browser and server, as in the other files, and the partner's server on another port.
const env = {};
let partner;
let partnerDir;

before(async () => {
  env.browser = await launch();
  env.server = await serve();
  partnerDir = await mkdtemp(join(tmpdir(), 'michishirube-partner-'));
  await writeFile(
    join(partnerDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
     <title>A partner NGO</title><link rel="icon" href="data:,"></head><body style="margin:0"><h1>Partner NGO</h1>
     <div data-michishirube data-category="legal-aid" data-prefecture="tokyo" data-lang="ja" data-accent="#8a2be2"></div>
     <p id="after">The partner's own content continues.</p>
     <script src="${env.server.url}embed.js" async></script></body></html>`,
  );
  // A page of another origin that, once loaded in the app's frame, claims to be the app.
  await writeFile(
    join(partnerDir, 'impostor.html'),
    `<!doctype html><title>impostor</title><script>parent.postMessage({ type: 'michishirube:resize', version: 1, height: 150 }, '*');</script>`,
  );
  partner = await startServer({ dir: partnerDir });
});

after(async () => {
  await env.browser?.close();
  await env.server?.close();
  await partner?.close();
  await rm(partnerDir, { recursive: true });
});

/**
 * The partner page with its embedded app loaded; `initScript` runs in every frame before the
 * page's own scripts.
 */
async function openPartner(initScript) {
  const session = await openPage(env.browser, null);
  const frameErrors = [];
  session.page.on('console', (m) => m.type() === 'error' && frameErrors.push(m.text()));
  if (initScript) await session.context.addInitScript(initScript);
  await session.page.goto(partner.url);
  const iframe = session.page.locator('iframe');
  await iframe.waitFor();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.locator('main h1').waitFor();
  await hydrated(frame);
  return { ...session, iframe, frame, frameErrors };
}

/**
 * Starts waiting, in `target` (a page or a frame), for the message `data`; `heard(target)` then
 * resolves once it has arrived. Messages from one window arrive in order, so a marker posted
 * last means every earlier message has been handled.
 */
const expectMessage = (target, data) =>
  target.evaluate((expected) => {
    window.heard = new Promise((done) => addEventListener('message', (e) => JSON.stringify(e.data) === expected && done()));
  }, JSON.stringify(data));
const heard = (target) => target.evaluate(() => window.heard);
const FLUSHED = 'test: all sent';

const height = (iframe) => iframe.evaluate((f) => f.getBoundingClientRect().height);
const innerScroll = (frame) => frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
/** The frame's height once it has moved away from `previous` and then held still for 300 ms. */
const settle = (iframe, previous) =>
  iframe.evaluate((f, before) => new Promise((done) => {
    const start = Date.now();
    let [last, since] = [f.getBoundingClientRect().height, Date.now()];
    (function poll() {
      const h = f.getBoundingClientRect().height;
      if (h !== last) [last, since] = [h, Date.now()];
      if ((Math.abs(h - before) > 1 && Date.now() - since >= 300) || Date.now() - start > 5000) done(h);
      else setTimeout(poll, 50);
    })();
  }), previous);

describe('embedding with embed.js', () => {
  it('shows only the preset slice, in the partner language and colour', async () => {
    const { page, context, iframe, frame, errors } = await openPartner();
    assert.match(await iframe.getAttribute('title'), /Michishirube/);
    assert.equal(await iframe.getAttribute('loading'), 'lazy');
    assert.equal(new URL(frame.url()).origin, new URL(env.server.url).origin);
    assert.equal(new URL(frame.url()).pathname, '/ja/');
    await frame.waitForFunction(() => document.querySelector('#listing').hasAttribute('data-search'));
    assert.deepEqual(await cardIds(frame), ['frj', 'jar', 'unhcr-japan']);
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'ja');
    assert.equal(await frame.locator('main h1').textContent(), '支援を探す');
    const call = frame.locator('li.card[data-id="jar"]:visible a.call');
    assert.equal(await call.getAttribute('href'), 'tel:+81353796001');
    assert.equal(await call.getAttribute('target'), '_top');
    assert.equal(await call.evaluate((a) => getComputedStyle(a).backgroundColor), 'rgb(138, 43, 226)');
    // No site header in embed mode; a way out to the full app instead, at this page's address.
    assert.equal(await frame.locator('.brand').isVisible(), false);
    const full = frame.locator('a.full-app');
    assert.equal(await full.isVisible(), true);
    assert.equal(await full.getAttribute('target'), '_blank');
    const out = new URL(await full.getAttribute('href'));
    assert.equal(`${out.pathname}${out.search}`, '/ja/?category=legal-aid&prefecture=tokyo');
    assert.equal(await page.locator('#after').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('grows and shrinks with its content, never scrolling inside', async () => {
    const { context, iframe, frame } = await openPartner();
    const full = await settle(iframe, 480);
    assert.ok(full > 1000, `sized to the content (${full}px)`);
    assert.ok((await innerScroll(frame)) <= 1);
    await frame.getByLabel('団体を検索').fill('JAR');
    const fewer = await settle(iframe, full);
    assert.ok(fewer < full - 200, `shrank from ${full} to ${fewer}`);
    assert.ok((await innerScroll(frame)) <= 1);
    await frame.getByLabel('団体を検索').fill('');
    const again = await settle(iframe, fewer);
    assert.ok(again > fewer + 200, `grew from ${fewer} to ${again}`);
    assert.ok((await innerScroll(frame)) <= 1);
    await context.close();
  });

  it('ignores messages from other origins and of the wrong shape', async () => {
    const { page, context, iframe, frame, errors } = await openPartner();
    const before = await settle(iframe, 480);
    const appUrl = frame.url();
    const cards = await frame.locator('li.card').count();
    // To the partner page, claiming to be a resize: from the partner's own origin…
    await expectMessage(page, FLUSHED);
    await page.evaluate(() => window.postMessage({ type: 'michishirube:resize', version: 1, height: 150 }, '*'));
    // …and from the app's origin but in the wrong shape.
    await frame.evaluate((flushed) => {
      parent.postMessage({ type: 'michishirube:resize', version: 2, height: 150 }, '*');
      parent.postMessage({ type: 'michishirube:resize', version: 1, height: '150' }, '*');
      parent.postMessage({ type: 'other', version: 1, height: 150 }, '*');
      parent.postMessage('michishirube:resize 150', '*');
      parent.postMessage(flushed, '*');
    }, FLUSHED);
    // To the app, from the partner page: nothing it receives is acted on.
    await expectMessage(frame, FLUSHED);
    await page.evaluate((flushed) => {
      const app = document.querySelector('iframe').contentWindow;
      app.postMessage({ type: 'michishirube:navigate', url: '?org=jar' }, '*');
      app.postMessage('<img src=x onerror="document.title=1">', '*');
      app.postMessage({ type: 'michishirube:resize', version: 1, height: 10 }, '*');
      app.postMessage(flushed, '*');
    }, FLUSHED);
    await Promise.all([heard(page), heard(frame)]);
    await page.waitForTimeout(500);
    assert.equal(await height(iframe), before);
    assert.equal(frame.url(), appUrl);
    assert.equal(await frame.locator('li.card').count(), cards);
    assert.notEqual(await frame.evaluate(() => document.title), '1');
    assert.deepEqual(errors, []);
    // The right frame, but no longer at the app's origin.
    await expectMessage(page, { type: 'michishirube:resize', version: 1, height: 150 });
    await iframe.evaluate((f, url) => (f.src = url), `${partner.url}impostor.html`);
    await heard(page);
    assert.equal(await height(iframe), before);
    await context.close();
  });

  it('loads without an error when the browser blocks storage in the frame', async () => {
    const { context, frame, errors, frameErrors } = await openPartner(() => {
      if (window !== window.top) {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      }
    });
    assert.equal(await frame.evaluate(() => { try { return typeof localStorage; } catch { return 'blocked'; } }), 'blocked');
    assert.equal(await frame.getByRole('alert').count(), 0);
    await frame.locator('li.card[data-id="jar"]:visible button.save').click();
    assert.equal(await frame.locator('.badge').textContent(), '1');
    await frame.getByRole('link', { name: /保存済み/ }).click();
    await frame.locator('.status.storage').waitFor();
    assert.equal(new URL(frame.url()).searchParams.get('embed'), '1');
    assert.match(await frame.locator('.status.storage').textContent(), /このページを閉じるまで/);
    assert.deepEqual([...errors, ...frameErrors], []);
    await context.close();
  });
});

describe('embed mode parameters', () => {
  it('ignores an invalid accent', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}?embed=1&accent=red;background:url(x)`);
    const call = page.locator('li.card[data-id="jar"] a.call');
    assert.equal(await call.evaluate((a) => getComputedStyle(a).backgroundColor), 'rgb(31, 95, 139)');
    await context.close();
  });

  it('hides bookmarks with saved=0, and keeps embed mode while navigating', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}?embed=1&saved=0&category=statelessness`);
    await page.waitForFunction(() => document.querySelector('#listing').hasAttribute('data-search'));
    assert.equal(await page.locator('button.save:visible').count(), 0);
    assert.equal(await page.getByRole('link', { name: /Saved/ }).count(), 0);
    await Promise.all([page.waitForEvent('load'), page.locator('li.card:visible h3 a').first().click()]);
    await heading(page, 'Stateless Network');
    const url = new URL(page.url());
    assert.equal(url.pathname, '/en/org/stateless-network/');
    assert.deepEqual([url.searchParams.get('embed'), url.searchParams.get('saved')], ['1', '0']);
    assert.equal(await page.locator('button.save:visible').count(), 0);
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'All organisations' }).click()]);
    await hydrated(page);
    await heading(page, 'Find help');
    // Back to the partner's slice, not the whole directory.
    await page.waitForFunction(() => document.querySelector('.count').textContent === '1 organisation');
    await gotoReady(page, `${env.server.url}?embed=1&saved=0&page=saved`);
    assert.equal(await pageTitle(page), 'Not found');
    await context.close();
  });

  it('opens one organisation with org=', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}?embed=1&org=jar`);
    assert.equal(new URL(page.url()).pathname, '/en/org/jar/');
    assert.equal(await pageTitle(page), 'Japan Association for Refugees');
    assert.equal(await page.locator('.actions a.call').first().getAttribute('target'), '_top');
    await context.close();
  });
});
