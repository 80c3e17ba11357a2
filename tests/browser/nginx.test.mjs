// The release build behind a real web server, as a partner would publish it: Debian's nginx
// with the configuration we ship (deploy/nginx.conf, through tests/nginx.mjs), on 127.0.0.1.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, hydrated, launch, openPage, pageTitle, waitForOffline } from './helpers.mjs';
import { startServer } from '../serve.mjs';
import { startNginx } from '../nginx.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const data = JSON.parse(await readFile(fileURLToPath(new URL('../../data/directory.json', import.meta.url)), 'utf8'));
const fa = JSON.parse(await readFile(fileURLToPath(new URL('../../public/i18n/fa.json', import.meta.url)), 'utf8'));
const text = (t, lang) => t[lang] ?? t.en ?? t.ja;
const org = (id) => data.organizations.find((o) => o.id === id);
const legal = (id) => data.legal_info.find((l) => l.id === id);

/** The built files whose names carry a hash of their content. */
const root = await readdir(DIST);
const hashed = {
  css: root.find((f) => /^main-[0-9a-f]+\.css$/.test(f)),
  wasm: root.find((f) => /_bg\.wasm$/.test(f)),
  glue: root.find((f) => /^michishirube-[0-9a-f]+\.js$/.test(f)),
  islands: root.find((f) => /^islands-[0-9a-f]+\.js$/.test(f)),
};

const YEAR = 'public, max-age=31536000, immutable';

/** One plain HTTP GET, as sent (no decoding): { status, headers, body } with the body's bytes. */
function get(url, headers = {}) {
  return new Promise((done, fail) => {
    request(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

let browser;
let nginx;
before(async () => {
  for (const [kind, file] of Object.entries(hashed)) assert.ok(file, `no hashed ${kind} in dist/: build the site first`);
  [browser, nginx] = await Promise.all([launch(), startNginx()]);
});
after(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe('nginx with deploy/nginx.conf', () => {
  it('serves deep links in three languages whole with script off', async (t) => {
    const { page, context } = await openPage(browser, null, { javaScriptEnabled: false });
    t.after(() => context.close());
    for (const [path, lang, dir, title] of [
      ['en/org/jar/', 'en', 'ltr', text(org('jar').name, 'en')],
      ['fa/org/jar/', 'fa', 'rtl', text(org('jar').name, 'fa')],
      ['ja/legal/icrra/', 'ja', 'ltr', text(legal('icrra').title, 'ja')],
    ]) {
      const response = await page.goto(nginx.url + path);
      assert.equal(response.status(), 200, path);
      assert.equal(await pageTitle(page), title, path);
      assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [lang, dir], path);
      assert.equal(await page.evaluate(() => document.styleSheets.length > 0 && getComputedStyle(document.body).margin), '0px', `${path}: styled`);
    }
    // A folder named without its final slash is redirected to it, by path.
    const redirect = await get(`${nginx.url}fa/org/jar`);
    assert.deepEqual([redirect.status, redirect.headers.location], [301, '/fa/org/jar/']);
  });

  it("answers an unknown address with the not-found page in its folder's language, status 404", async (t) => {
    const { page, context } = await openPage(browser, null, { javaScriptEnabled: false });
    t.after(() => context.close());
    const css = [];
    page.on('response', (r) => r.url().endsWith('.css') && css.push(r.status()));
    const response = await page.goto(`${nginx.url}fa/no-such-page`);
    assert.equal(response.status(), 404);
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['fa', 'rtl']);
    assert.equal(await pageTitle(page), fa.NotFoundTitle);
    assert.deepEqual(css, [200], 'the page is styled');
    assert.equal(response.headers()['cache-control'], 'no-cache');
    // Deeper, and outside any language: the same page, and the English one at the site's root.
    const deeper = await get(`${nginx.url}fa/org/no-such-organisation/`);
    assert.equal(deeper.status, 404);
    assert.match(deeper.body.toString(), new RegExp(`<html lang="fa" dir="rtl"[^]*<h1[^>]*>${fa.NotFoundTitle}</h1>`));
    // Every language the build wrote a not-found page for (deploy/nginx.conf lists them).
    for (const lang of LANGUAGES) {
      const { status, body } = await get(`${nginx.url}${lang}/no/such/page`);
      assert.equal(status, 404, lang);
      assert.match(body.toString(), new RegExp(`^<!doctype html><html lang="${lang}"`), lang);
    }
    const outside = await page.goto(`${nginx.url}no-such-page`);
    assert.equal(outside.status(), 404);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await pageTitle(page), 'Not found');
  });

  it('sends the headers the configuration promises', async () => {
    const security = (path, headers) => {
      assert.equal(headers['x-content-type-options'], 'nosniff', path);
      assert.equal(headers['referrer-policy'], 'no-referrer', path);
      assert.match(headers['permissions-policy'], /(^|, )camera=\(\)/, path);
      assert.match(headers['permissions-policy'], /(^|, )geolocation=\(\)/, path);
      assert.match(headers['permissions-policy'], /(^|, )screen-wake-lock=\(self\)/, path);
      // Partners may frame the app: no X-Frame-Options, and frame-ancestors from the header
      // (a page's <meta> CSP cannot carry it).
      assert.equal(headers['content-security-policy'], 'frame-ancestors *', path);
      assert.equal(headers['x-frame-options'], undefined, path);
      assert.equal(headers.server, 'nginx', `${path}: no version`);
    };
    const expect = {
      [hashed.css]: [YEAR, 'text/css; charset=utf-8'],
      [hashed.wasm]: [YEAR, 'application/wasm'],
      [hashed.glue]: [YEAR, 'text/javascript; charset=utf-8'],
      [hashed.islands]: [YEAR, 'text/javascript; charset=utf-8'],
      '': ['no-cache', 'text/html; charset=utf-8'],
      'en/org/jar/': ['no-cache', 'text/html; charset=utf-8'],
      'sw.js': ['no-cache', 'text/javascript; charset=utf-8'],
      'embed.js': ['no-cache', 'text/javascript; charset=utf-8'],
      'data/index/en.txt': ['no-cache', 'text/plain; charset=utf-8'],
      'data/directory.json': ['no-cache', 'application/json; charset=utf-8'],
      'offline/fa.txt': ['no-cache', 'text/plain; charset=utf-8'],
      'i18n/fa.json': ['no-cache', 'application/json; charset=utf-8'],
      'manifest.webmanifest': ['no-cache', 'application/manifest+json; charset=utf-8'],
      'icons/icon-192.png': ['no-cache', 'image/png'],
    };
    const card = (await readdir(join(DIST, 'en/org/jar'))).find((f) => f.endsWith('.vcf'));
    if (card) expect[`en/org/jar/${card}`] = ['no-cache', 'text/vcard; charset=utf-8'];
    for (const [path, [cache, type]] of Object.entries(expect)) {
      const { status, headers } = await get(nginx.url + path);
      assert.equal(status, 200, path);
      assert.deepEqual([headers['cache-control'], headers['content-type']], [cache, type], path);
      security(path, headers);
    }
    // Errors carry them too.
    const missing = await get(`${nginx.url}en/nowhere/`);
    assert.equal(missing.status, 404);
    security('en/nowhere/', missing.headers);
    // Revalidation costs a 304.
    const page = await get(`${nginx.url}en/org/jar/`);
    const again = await get(`${nginx.url}en/org/jar/`, { 'if-none-match': page.headers.etag });
    assert.equal(again.status, 304);
    assert.equal(again.headers['cache-control'], 'no-cache');
    // The precompressed copies are never served by their own names.
    assert.equal((await get(`${nginx.url}sw.js.gz`)).status, 404);
    assert.equal((await get(`${nginx.url}en/index.html.br`)).status, 404);
  });

  it('sends the precompressed .gz copies as they are, to a client that accepts gzip', async () => {
    for (const path of ['data/index/en.txt', hashed.wasm, 'en/org/jar/index.html']) {
      const { status, headers, body } = await get(nginx.url + path, { 'accept-encoding': 'gzip' });
      assert.equal(status, 200, path);
      assert.equal(headers['content-encoding'], 'gzip', path);
      assert.match(headers.vary ?? '', /accept-encoding/i, path);
      assert.ok(body.equals(await readFile(join(DIST, `${path}.gz`))), `${path}: the build's own .gz copy, byte for byte`);
    }
    const plain = await get(`${nginx.url}data/index/en.txt`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.equals(await readFile(join(DIST, 'data/index/en.txt'))));
  });

  it('sends the .br copies to a browser that accepts brotli', async (t) => {
    const { page, context } = await openPage(browser, null);
    t.after(() => context.close());
    const response = await page.goto(`${nginx.url}en/`);
    assert.match((await response.request().allHeaders())['accept-encoding'] ?? '', /\bbr\b/, 'Chromium accepts brotli');
    assert.equal(await pageTitle(page), 'Find help');
    const encoding = (await response.allHeaders())['content-encoding'];
    if (!nginx.brotli) {
      // Without the module nginx cannot send .br copies: the browser gets the .gz one.
      assert.equal(encoding, 'gzip');
      t.skip("this nginx has no brotli module (ngx_brotli's brotli_static): .br copies need it; the .gz copy was sent");
      return;
    }
    assert.equal(encoding, 'br');
    for (const path of ['en/index.html', hashed.wasm, hashed.css]) {
      const { headers, body } = await get(nginx.url + path, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(headers['content-encoding'], 'br', path);
      assert.ok(body.equals(await readFile(join(DIST, `${path}.br`))), `${path}: the build's own .br copy, byte for byte`);
    }
  });

  it('works offline after the first visit: the server stopped, a reload still shows the page', async (t) => {
    // An nginx of its own, as this test stops it.
    const own = await startNginx();
    const { page, context, errors } = await openPage(browser, `${own.url}en/`);
    t.after(() => Promise.all([context.close(), own.stop()]));
    assert.equal(await pageTitle(page), 'Find help');
    await waitForOffline(page);
    await own.stop();
    assert.notEqual((await fetch(own.url).catch((e) => e)).ok, true, 'the server is gone');
    await page.reload();
    await hydrated(page);
    assert.equal(await pageTitle(page), 'Find help');
    // And pages of the language never opened.
    for (const [path, title] of [['en/org/jar/', text(org('jar').name, 'en')], ['en/legal/icrra/', text(legal('icrra').title, 'en')]]) {
      await page.goto(own.url + path);
      await hydrated(page);
      assert.equal(await pageTitle(page), title, path);
    }
    assert.deepEqual(errors, []);
  });

  it('lets a partner on another origin frame the app', async (t) => {
    const partnerDir = await mkdtemp(join(tmpdir(), 'michishirube-partner-'));
    await writeFile(
      join(partnerDir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner NGO</title><link rel="icon" href="data:,"></head>
       <body><h1>Partner NGO</h1><div data-michishirube data-lang="fa"></div><script src="${nginx.url}embed.js" async></script></body></html>`,
    );
    const partner = await startServer({ dir: partnerDir });
    assert.notEqual(new URL(partner.url).origin, new URL(nginx.url).origin);
    const { page, context, errors } = await openPage(browser, null);
    t.after(async () => {
      await context.close();
      await partner.close();
      await rm(partnerDir, { recursive: true });
    });
    const refused = [];
    page.on('console', (m) => /Refused to (display|frame)|frame-ancestors|X-Frame-Options/i.test(m.text()) && refused.push(m.text()));
    const framed = page.waitForResponse((r) => r.url().startsWith(`${nginx.url}fa/`) && r.request().isNavigationRequest());
    await page.goto(partner.url);
    const response = await framed;
    assert.equal(response.status(), 200);
    assert.equal((await response.allHeaders())['content-security-policy'], 'frame-ancestors *');
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    await frame.locator('main h1').waitFor();
    await hydrated(frame);
    assert.equal(new URL(frame.url()).origin, new URL(nginx.url).origin);
    assert.deepEqual(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.classList.contains('embed')]), ['fa', true]);
    assert.deepEqual(refused, []);
    assert.deepEqual(errors, []);
  });
});
