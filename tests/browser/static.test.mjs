// Every page is a static page at its own address: whole before any script runs, whole with
// script turned off, and the app's islands hydrate over it without redrawing it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { browserAndServer, gotoReady, openPage, pageTitle } from './helpers.mjs';

const env = browserAndServer();
const data = JSON.parse(await readFile(fileURLToPath(new URL('../../data/directory.json', import.meta.url)), 'utf8'));
const overlay = async (code) => JSON.parse(await readFile(fileURLToPath(new URL(`../../data/i18n/${code}.json`, import.meta.url)), 'utf8'));
/** A text in a language, with the app's fallback: the language, English, Japanese. */
const text = (t, lang) => t[lang] ?? t.en ?? t.ja;
const LANGS = [['en', 'ltr'], ['ja', 'ltr'], ['fa', 'rtl']];

/** Every organisation and legal page of a language, with the heading it must show. */
async function pages(lang) {
  const titles = lang === 'fa' ? await overlay('fa') : { legal_info: {} };
  return [
    ...data.organizations.map((o) => [`${lang}/org/${o.id}/`, text(o.name, lang)]),
    ...data.legal_info.map((l) => [`${lang}/legal/${l.id}/`, titles.legal_info[l.id]?.title ?? text(l.title, lang)]),
  ];
}

const decode = (html) => html.replace(/<!>/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

describe('pages at their own addresses', () => {
  it('serves every organisation and legal page in en, ja and fa as HTML that says its language', async () => {
    for (const [lang, dir] of LANGS) {
      for (const [path, title] of await pages(lang)) {
        const response = await fetch(env.server.url + path);
        assert.equal(response.status, 200, path);
        const html = await response.text();
        assert.ok(html.startsWith(`<!doctype html><html lang="${lang}" dir="${dir}"`), `${path}: ${html.slice(0, 80)}`);
        const h1 = /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1];
        assert.equal(decode(h1 ?? ''), title, path);
        assert.match(html, new RegExp(`<link rel="alternate" hreflang="ja" href="[./]*ja/${path.slice(lang.length + 1)}">`), path);
      }
    }
  });

  it('reads whole with JavaScript turned off: calls, addresses, languages, and no fax to call', async (t) => {
    const { page, context, requests } = await openPage(env.browser, null, { javaScriptEnabled: false });
    t.after(() => context.close());
    for (const [lang, dir] of LANGS) {
      for (const [path, title] of await pages(lang)) {
        await page.goto(env.server.url + path);
        assert.equal(await pageTitle(page), title, path);
        assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [lang, dir], path);
      }
    }
    await page.goto(`${env.server.url}fa/org/jar/`);
    const calls = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(calls.includes('tel:+81353796001'), calls.join(' '));
    assert.ok(!calls.some((href) => href.includes('53796002')), 'the fax is not callable');
    assert.match(await page.locator('.ja-address').textContent(), /〒101-0065 東京都千代田区 西神田2-5-2 TASビル4階/);
    // What needs the app is not offered; the language menu is links.
    assert.equal(await page.locator('button.save').isVisible(), false);
    await page.locator('.lang > summary').click();
    await Promise.all([page.waitForEvent('load'), page.locator('.lang a[hreflang="ja"]').click()]);
    assert.equal(new URL(page.url()).pathname, '/ja/org/jar/');
    assert.equal(await pageTitle(page), '難民支援協会');
    // The search is a form: sent, it reloads the page with the search in its address.
    await page.goto(env.server.url);
    assert.equal(await page.locator('li.card[data-id]').count(), data.organizations.length + data.legal_info.length + data.situations.length);
    await page.getByLabel('Search organisations').fill('stateless');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Search organisations' }).click()]);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'stateless');
    assert.equal(await pageTitle(page), 'Find help');
    // Nothing ran, and nothing of the app was fetched.
    assert.deepEqual(requests.filter((url) => new URL(url).pathname.endsWith('.wasm')), [], 'no wasm fetched');
    assert.deepEqual(await page.evaluate(() => [document.documentElement.className, document.documentElement.dataset.hydrated]), ['', undefined]);
  });
});

describe('hydration', () => {
  it('changes nothing the page drew, and logs no error or warning, on every kind of page', async (t) => {
    const { page, context, errors } = await openPage(env.browser, null);
    t.after(() => context.close());
    const said = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && said.push(`${m.type()}: ${m.text()}`));
    // Every change to the document until the islands have hydrated (the loader then marks <html>).
    await page.addInitScript(() => {
      window.changes = [];
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes' && r.attributeName === 'data-hydrated') return observer.disconnect();
          if (r.type === 'attributes' && r.target === document.documentElement) continue;
          // The loader's requests for the app (its glue, strings and index): not the page's content.
          if (r.target === document.head && [...r.addedNodes].every((n) => n.tagName === 'LINK' && /preload/.test(n.rel)) && !r.removedNodes.length) continue;
          const where = r.target.nodeType === 1 ? `${r.target.tagName}.${r.target.className}` : r.target.parentElement?.tagName;
          window.changes.push(`${r.type} ${where} +${r.addedNodes?.length ?? 0} -${r.removedNodes?.length ?? 0}`);
        }
      });
      document.addEventListener('DOMContentLoaded', () =>
        observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true }),
      );
    });
    for (const path of ['', 'fa/', 'en/org/jar/', 'ar/org/stateless-network/', 'ja/legal/icrra/', 'en/legal/', 'fa/saved/', 'en/404.html']) {
      await gotoReady(page, env.server.url + path);
      assert.deepEqual(await page.evaluate(() => window.changes), [], `${path || 'root'} changed while hydrating`);
    }
    assert.deepEqual([...errors, ...said], []);
  });

  it('waits for the page: the wasm is asked for once the page has loaded and is painted', async (t) => {
    const { page, context } = await openPage(env.browser, null, { serviceWorkers: 'block' });
    t.after(() => context.close());
    await gotoReady(page, `${env.server.url}fa/org/jar/`);
    const [asked, loaded, painted] = await page.evaluate(() => [
      performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).map((r) => r.startTime),
      performance.getEntriesByType('navigation')[0].loadEventStart,
      performance.getEntriesByName('first-contentful-paint')[0].startTime,
    ]);
    assert.equal(asked.length, 1);
    assert.ok(asked[0] >= loaded, `the wasm was asked for at ${asked[0]} ms, before the page had loaded at ${loaded} ms`);
    assert.ok(asked[0] >= painted, `the wasm was asked for at ${asked[0]} ms, before the page painted at ${painted} ms`);
    // Nor the glue or the Persian strings: only the page itself stands before its paint.
    const app = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((r) => /\/michishirube-[0-9a-f]+\.js$|\/i18n\/fa\.json$/.test(r.name)).map((r) => [r.name, r.startTime]),
    );
    assert.equal(app.length, 2, JSON.stringify(app));
    for (const [name, start] of app) assert.ok(start >= painted, `${name} was asked for at ${start} ms, before the page painted at ${painted} ms`);
    const head = await (await fetch(`${env.server.url}fa/org/jar/`)).text();
    assert.doesNotMatch(head, /_bg\.wasm|michishirube-[0-9a-f]+\.js|rel="?(module)?preload/, 'the page names nothing to fetch before its paint');
  });
});

describe('old links', () => {
  const cases = [
    ['?org=jar', '/en/org/jar/', ''],
    ['?org=jar&lang=ja', '/ja/org/jar/', ''],
    ['?legal=icrra&lang=fa', '/fa/legal/icrra/', ''],
    ['?page=saved', '/en/saved/', ''],
    ['?lang=ja', '/ja/', ''],
    ['?q=visa&prefecture=tokyo&lang=fa', '/fa/', '?q=visa&prefecture=tokyo'],
    ['?embed=1&org=jar&lang=ja', '/ja/org/jar/', '?embed=1'],
    ['?page=admin', '/en/404.html', ''],
    ['?org=nobody&lang=ar', '/ar/404.html', ''],
    ['?q=visa', '/', '?q=visa'],
  ];
  it('land on the pages they meant, in the language they named', async (t) => {
    const { page, context } = await openPage(env.browser, null);
    t.after(() => context.close());
    for (const [old, path, search] of cases) {
      await gotoReady(page, env.server.url + old);
      const url = new URL(page.url());
      assert.deepEqual([url.pathname, url.search], [path, search], old);
    }
  });

  it('send a reader whose browser prefers Persian to the Persian page before the first paint', async (t) => {
    const { page, context } = await openPage(env.browser, null, { locale: 'fa-IR' });
    t.after(() => context.close());
    // Each document notes whether it painted; the site's root must never have.
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        if (list.getEntries().length) sessionStorage.setItem(`painted ${location.pathname}`, '1');
      }).observe({ type: 'paint', buffered: true });
    });
    await gotoReady(page, env.server.url);
    assert.equal(new URL(page.url()).pathname, '/fa/');
    await page.waitForFunction(() => sessionStorage.getItem('painted /fa/'));
    assert.equal(await page.evaluate(() => sessionStorage.getItem('painted /')), null, 'the English root page was painted');
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['fa', 'rtl']);
  });
});
