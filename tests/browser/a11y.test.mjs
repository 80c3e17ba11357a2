// Usable by everyone: axe-core (WCAG 2.1 AA) on every page in English and Japanese, keyboard
// only, 200% text, reduced motion.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations as violations, browserAndServer, gotoReady, heading, horizontalOverflow, hydrated, openPage, resultCount } from './helpers.mjs';

const env = browserAndServer();

describe('axe-core finds no violations', () => {
  for (const lang of ['en', 'ja']) {
    it(`on every page, in ${lang}`, async (t) => {
      // bypassCSP lets the test add axe's script; the app itself runs under its CSP elsewhere.
      const { page, context } = await openPage(env.browser, null, { bypassCSP: true });
      t.after(() => context.close());
      await page.addInitScript(() => localStorage.setItem('michishirube.bookmarks.v1', JSON.stringify([
        { kind: 'organization', id: 'jar', title: 'JAR' },
        { kind: 'organization', id: 'gone', title: 'A closed NGO' },
      ])));
      const pages = ['', '?q=tokyo', '?q=zzzz', 'org/jar/', 'org/jlnr/', 'legal/icrra/', 'legal/', 'saved/', '404.html', '?embed=1&accent=%23ffdd00'];
      for (const path of pages) {
        await gotoReady(page, `${env.server.url}${lang}/${path}`);
        if (path.startsWith('?q=')) await page.waitForFunction(() => document.querySelector('#listing').hasAttribute('data-search'));
        if (path === 'saved/') await page.locator('.saved-page li.card').first().waitFor();
        // With the filters and the language menu open, so their controls are checked too.
        if (await page.locator('details.filters').count()) await page.locator('details.filters summary').click();
        await page.locator('.lang > summary').click();
        assert.deepEqual(await violations(page), [], `${lang}/${path}`);
      }
      // The error view (no service worker, so no saved copy to fall back to).
      const failing = await openPage(env.browser, null, { bypassCSP: true, serviceWorkers: 'block' });
      t.after(() => failing.context.close());
      await failing.page.route('**/data/index/*.txt', (route) => route.fulfill({ status: 503, body: 'down' }));
      await failing.page.goto(`${env.server.url}${lang}/`);
      await failing.page.getByRole('alert').waitFor();
      assert.deepEqual(await violations(failing.page), [], `${lang} error view`);
    });
  }
});

describe('keyboard only', () => {
  it('reaches every action, shows where focus is, and Escape closes the filters', async (t) => {
    const { page, context } = await openPage(env.browser, env.server.url, { serviceWorkers: 'block' });
    t.after(() => context.close());
    // The first Tab lands on the skip link; following it moves focus into the main content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#main');
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    // Search by typing.
    await page.locator('#q').focus();
    await page.keyboard.type('yokohama');
    await resultCount(page, '1 organisation');
    // Open the filters with the keyboard, choose one, close them with Escape.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('details.filters').evaluate((d) => d.open), true);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'filter-category');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('details.filters').evaluate((d) => d.open), false);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');
    // Every interactive element can take focus, and shows it.
    const unreachable = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, select, input, summary')]
        .filter((e) => e.offsetParent !== null && e.tabIndex < 0)
        .map((e) => e.outerHTML.slice(0, 60)),
    );
    assert.deepEqual(unreachable, []);
    // Open a card from the keyboard.
    await page.locator('li.card[data-id="stateless-network"]:visible h3 a').focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await heading(page, 'Stateless Network');
    await hydrated(page);
    const save = page.locator('.actions button.save');
    await save.focus();
    await page.keyboard.press('Enter');
    assert.equal(await save.getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Space');
    assert.equal(await save.getAttribute('aria-pressed'), 'false');
  });
});

describe('large text and reduced motion', () => {
  it('works at 200% text size on a 360 px screen', async (t) => {
    const { page, context } = await openPage(env.browser, null);
    t.after(() => context.close());
    for (const path of ['', 'en/org/jar/', 'en/legal/refugee-convention/', 'ja/org/stateless-network/', 'fa/']) {
      await gotoReady(page, env.server.url + path);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      assert.equal(await horizontalOverflow(page), 0, path || 'home');
    }
  });

  it('runs no animation when the person prefers reduced motion', async (t) => {
    const { page, context } = await openPage(env.browser, null, { reducedMotion: 'reduce' });
    t.after(() => context.close());
    await gotoReady(page, env.server.url);
    await page.locator('details.filters summary').click();
    await page.getByLabel('Search organisations').fill('tokyo');
    assert.equal(await page.evaluate(() => document.getAnimations().length), 0);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
    // Nothing could animate either: without the reduced-motion rule, transitions default to `all`.
    const transitions = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => getComputedStyle(e).transitionProperty))]);
    assert.deepEqual(transitions, ['none']);
  });

  it('announces the result count to screen readers', async (t) => {
    const { page, context } = await openPage(env.browser, env.server.url);
    t.after(() => context.close());
    const count = page.locator('.count');
    assert.equal(await count.getAttribute('role'), 'status');
    await page.getByLabel('Search organisations').fill('kanagawa');
    await resultCount(page, '1 organisation');
  });
});
