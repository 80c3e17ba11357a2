// Readable by everyone: read aloud with the device's voices (speech synthesis replaced by a
// recorder in the page), more contrast and larger text from the footer, a way to ask for a
// missing language, and every run of words in another script marked with its language.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { axeViolations, browserAndServer, gotoReady, horizontalOverflow, openPage } from './helpers.mjs';

const env = browserAndServer();

/**
 * Replaces the page's speech synthesis with a recorder: `voices` are the device's, as
 * [lang, name]; each speak, cancel, pause and resume goes to `window.__record`, which the test
 * exposes, so the record survives the page going away.
 */
function recorder(voices) {
  const record = (...event) => window.__record?.(...event);
  const synthesis = {
    getVoices: () => voices.map(([lang, name]) => ({ lang, name, voiceURI: name, localService: true, default: false })),
    speak: (u) => record('speak', u.text, u.lang, u.voice?.lang ?? null),
    cancel: () => record('cancel'),
    pause: () => record('pause'),
    resume: () => record('resume'),
    addEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      this.text = text;
      this.lang = '';
      this.voice = null;
    }
  };
}

/** A page whose speech synthesis is a recorder with these voices, and what it was asked to do. */
async function speakingPage(url, voices) {
  const { page, context, errors } = await openPage(env.browser, null);
  const events = [];
  await context.exposeFunction('__record', (...event) => events.push(event));
  await context.addInitScript(recorder, voices);
  await gotoReady(page, url);
  return { page, context, errors, events };
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ascii = (text) => text.replace(/[۰-۹]/g, (d) => PERSIAN_DIGITS.indexOf(d));
const VOICES = [
  ['fa-IR', 'Persian'],
  ['en-US', 'English'],
  ['ja-JP', 'Japanese'],
];

describe('read aloud', () => {
  it("reads JAR's page in Persian: the name, what they do, the hours, each number digit by digit, the address, each in its language", async (t) => {
    const { page, context, errors, events } = await speakingPage(`${env.server.url}fa/org/jar/`, VOICES);
    t.after(() => context.close());
    const play = page.getByRole('button', { name: 'خواندن با صدای بلند' });
    await play.click();
    const spoken = events.filter(([kind]) => kind === 'speak').map(([, text, lang, voice]) => ({ text, lang, voice }));
    const at = (pattern) => spoken.findIndex((u) => pattern.test(ascii(u.text)));
    const name = at(/^Japan Association for Refugees$/);
    const what = at(/کمک حقوقی و اجتماعی/);
    const hours = at(/10:00–17:00/);
    const number = at(/0 3, 5 3 7 9, 6 0 0 1/);
    const address = at(/2-5-2 Nishi-Kanda/);
    assert.ok(name >= 0 && what >= 0 && hours >= 0 && number >= 0 && address >= 0, JSON.stringify(spoken, null, 1));
    assert.ok(name < what && what < hours && hours < number && number < address, 'read in the page’s order');
    assert.equal(spoken[name].lang, 'en', 'the English name in an English voice');
    assert.equal(spoken[name].voice, 'en-US');
    assert.equal(spoken[number].lang, 'fa', 'the digits in the reader’s language');
    assert.match(spoken[number].text, /۰ ۳, ۵ ۳ ۷ ۹, ۶ ۰ ۰ ۱/, 'in Persian digits');
    for (const u of spoken) assert.ok(u.lang, `no language on ${JSON.stringify(u)}`);
    assert.ok(!spoken.some((u) => /Yotsuya|四谷|CANPAN/.test(u.text)), 'no old address, no citations');
    // Pause, go on, stop.
    await page.locator('[data-read=pause]').click();
    await page.locator('[data-read=resume]').click();
    await page.locator('[data-read=stop]').click();
    assert.deepEqual(
      events.filter(([kind]) => kind !== 'speak').map(([kind]) => kind),
      ['cancel', 'pause', 'resume', 'cancel'],
    );
    assert.equal(await play.isVisible(), true);
    assert.deepEqual(errors, []);
  });

  it('stops when the person leaves quickly, and says why when the tab is hidden', async (t) => {
    const { page, context, events } = await speakingPage(`${env.server.url}fa/org/jar/`, VOICES);
    t.after(() => context.close());
    await page.locator('[data-read=play]').click();
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    assert.equal(await page.locator('.read-aloud .said').textContent(), 'خواندن متوقف شد، چون از صفحه بیرون رفتید.');
    assert.equal(events.at(-1)[0], 'cancel');
    await page.evaluate(() => delete document.hidden);
    await page.locator('[data-read=play]').click();
    const before = events.length;
    await Promise.all([page.waitForURL(/notes\.html/), page.locator('a.leave').click()]);
    assert.deepEqual(
      events.slice(before).filter(([kind]) => kind === 'cancel').length > 0,
      true,
      'leaving quickly cancels the speech',
    );
  });

  it('says so, in the reader’s language, where the device has no voice for it, and offers Japanese and English', async (t) => {
    const { page, context, events } = await speakingPage(`${env.server.url}fa/help/refused/`, VOICES.slice(1));
    t.after(() => context.close());
    await page.locator('[data-read=play]').click();
    const note = page.locator('.read-aloud .no-voice');
    assert.ok(await note.isVisible());
    assert.match(await note.innerText(), /صدایی/);
    assert.equal(await note.locator('a[hreflang=ja]').getAttribute('href'), '../../../ja/help/refused/');
    assert.equal(await note.locator('a[hreflang=en]').getAttribute('href'), '../../../en/help/refused/');
    assert.deepEqual(events, []);
  });

  it('is not there without speech synthesis, and nothing fails', async (t) => {
    const { page, context, errors } = await openPage(env.browser, null);
    t.after(() => context.close());
    await context.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
    await gotoReady(page, `${env.server.url}fa/org/jar/`);
    assert.equal(await page.locator('.read-aloud').isVisible(), false);
    assert.deepEqual(errors, []);
  });

  it('reads the saved list: what was saved, not what was not', async (t) => {
    const { page, context, events } = await speakingPage(`${env.server.url}en/org/jar/`, VOICES);
    t.after(() => context.close());
    await page.locator('button.save').click();
    await page.locator('button.save[aria-pressed="true"]').waitFor();
    await gotoReady(page, `${env.server.url}en/saved/`);
    await page.locator('#saved li.card:visible').first().waitFor();
    await page.locator('[data-read=play]').click();
    const text = events.filter(([kind]) => kind === 'speak').map(([, said]) => said).join(' ');
    assert.match(text, /^Saved\b/);
    assert.match(text, /Japan Association for Refugees/);
    assert.doesNotMatch(text, /Forum for Refugees Japan/, 'an organisation not saved is not read');
  });

  it('reads a legal card, without its citations', async (t) => {
    const { page, context, events } = await speakingPage(`${env.server.url}en/legal/icrra/`, VOICES);
    t.after(() => context.close());
    await page.locator('[data-read=play]').click();
    const text = events.filter(([kind]) => kind === 'speak').map(([, said]) => said).join(' ');
    assert.match(text, /Immigration Control and Refugee Recognition Act/);
    assert.doesNotMatch(text, /https?:/, 'no citations read');
  });
});

/** The weakest contrast between any visible text on the page and what is behind it. */
function weakestContrast() {
  const rgb = (c) => c.match(/[\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const behind = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const [r, g, b, a = 1] = rgb(getComputedStyle(e).backgroundColor);
      if (a > 0) return [r, g, b];
    }
    return [255, 255, 255];
  };
  let weakest = { ratio: Infinity };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); ) {
    const el = node.parentElement;
    if (!node.data.trim() || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    if (el.closest('[aria-hidden=true], .visually-hidden, noscript')) continue;
    const [l1, l2] = [luminance(rgb(getComputedStyle(el).color)), luminance(behind(el))].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    if (ratio < weakest.ratio) weakest = { ratio, text: node.data.trim().slice(0, 40), where: el.className || el.tagName };
  }
  return weakest;
}

describe('more contrast and larger text', () => {
  for (const path of ['en/', 'en/org/jar/', 'fa/help/refused/']) {
    it(`puts every text at 7:1 or more on ${path} when the device asks for more contrast`, async (t) => {
      // bypassCSP lets the test add axe's script.
      const { page, context } = await openPage(env.browser, null, { bypassCSP: true });
      t.after(() => context.close());
      await page.emulateMedia({ contrast: 'more' });
      await gotoReady(page, `${env.server.url}${path}`);
      const weakest = await page.evaluate(weakestContrast);
      assert.ok(weakest.ratio >= 7, `${weakest.ratio.toFixed(2)}:1 at ${JSON.stringify(weakest)}`);
      assert.deepEqual(await axeViolations(page), []);
    });
  }

  it('turns more contrast and 150% text on from the footer, keeps them, and 360 px still has no sideways scroll', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}fa/`);
    t.after(() => context.close());
    const before = await page.evaluate(weakestContrast);
    assert.ok(before.ratio < 7, 'the usual look is not already the contrasted one');
    await page.locator('input.contrast').check();
    await page.locator('input[name=text-size][value="150"]').check();
    assert.ok((await page.evaluate(weakestContrast)).ratio >= 7);
    for (const path of ['fa/', 'fa/org/jar/', 'fa/help/detained/', 'en/', 'en/org/jar/', 'en/about/', 'ja/legal/icrra/']) {
      await gotoReady(page, `${env.server.url}${path}`);
      assert.equal(await page.locator('html').getAttribute('data-text'), '150', path);
      assert.equal(await page.locator('html').getAttribute('data-contrast'), 'more', path);
      assert.equal(await page.locator('input[name=text-size][value="150"]').isChecked(), true);
      assert.equal(await horizontalOverflow(page), 0, `${path} scrolls sideways at 150%`);
    }
    const h1 = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize));
    assert.ok(Math.abs(h1 - 1.6 * 24) < 0.1, `the heading grew with the text: ${h1}px`);
  });

  it('loses nothing in forced colours: every button keeps its border and every text shows', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/org/jar/`);
    t.after(() => context.close());
    const shown = () =>
      page.evaluate(() => {
        const visible = [...document.querySelectorAll('body *')].filter((e) => e.checkVisibility({ visibilityProperty: true }));
        const borderless = [...document.querySelectorAll('.btn, button')]
          .filter((e) => e.checkVisibility())
          .filter((e) => getComputedStyle(e).borderTopStyle === 'none' || parseFloat(getComputedStyle(e).borderTopWidth) === 0)
          .map((e) => e.textContent.trim().slice(0, 30));
        return { count: visible.length, borderless };
      });
    const usual = await shown();
    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await shown();
    assert.equal(forced.count, usual.count);
    assert.deepEqual(forced.borderless, []);
  });
});

describe('my language is not here', () => {
  it('builds a request naming the browser’s language, and copies it with no network', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}fa/`, { locale: 'am-ET' });
    t.after(() => context.close());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await context.setOffline(true);
    await page.locator('.lang > summary').first().click();
    await page.getByText('زبان من اینجا نیست').click();
    const request = await page.locator('.ask-language textarea').inputValue();
    assert.match(request, /^Please add a language to Michishirube: Amharic \(.+, am-ET\)$/);
    await page.locator('[data-ask=copy]').click();
    await page.locator('.ask-language .said', { hasText: 'درخواست کپی شد' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), request);
  });

  it('is there with no script, for the person to write their language in', async (t) => {
    const { page, context } = await openPage(env.browser, null, { javaScriptEnabled: false });
    t.after(() => context.close());
    await page.goto(`${env.server.url}en/`);
    await page.locator('.lang > summary').first().click();
    await page.getByText('My language is not here').click();
    assert.equal(await page.locator('.ask-language textarea').inputValue(), 'Please add a language to Michishirube: ');
    assert.equal(await page.locator('[data-ask=copy]').isVisible(), false, 'no button that needs script');
  });
});

/** Every page the build wrote in a language, as paths below the site's root. */
function pagesIn(lang) {
  const root = fileURLToPath(new URL(`../../dist/${lang}/`, import.meta.url));
  const found = [];
  const walk = (dir, path) => {
    for (const name of readdirSync(dir)) {
      if (statSync(`${dir}/${name}`).isDirectory()) walk(`${dir}/${name}`, `${path}${name}/`);
      else if (name === 'index.html') found.push(`${lang}/${path}`);
    }
  };
  walk(root, '');
  return found;
}

/**
 * Every word whose script is not its language's: a word of Latin letters under `lang="fa"`, of
 * kanji under `lang="en"`. Digits and punctuation belong to every language; an email or web
 * address shown as such to none. In Japanese, capitals such as "JAR" or "TAS" (ビル) are
 * Japanese writing. `lang=""` says a language nobody knows: what the person typed.
 */
function untagged() {
  const SCRIPTS = {
    Latin: ['en', 'tr', 'kmr', 'fr', 'vi', 'tl', 'es'],
    Arabic: ['fa', 'ar', 'ur'],
    Han: ['ja', 'zh'],
    Hiragana: ['ja'],
    Katakana: ['ja'],
    Myanmar: ['my'],
    Devanagari: ['ne'],
    Sinhala: ['si'],
    Tamil: ['ta'],
    Khmer: ['km'],
    Bengali: ['bn'],
  };
  // A word: letters of one script (ビル in "TASビル" is a word of its own).
  const WORD = new RegExp(Object.keys(SCRIPTS).map((s) => `\\p{Script=${s}}+`).join('|'), 'gu');
  const scriptOf = (letter) => Object.keys(SCRIPTS).find((s) => new RegExp(`\\p{Script=${s}}`, 'u').test(letter));
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); ) {
    const el = node.parentElement;
    if (el.closest('script, style, [aria-hidden=true]')) continue;
    const address = el.closest('a[href^="mailto:"], a[href^="http"], .unverified');
    if (address && address.textContent.trim() === node.data.trim()) continue;
    const declared = el.closest('[lang]');
    // lang="": the person's own words, of a language nobody can know.
    if (declared?.getAttribute('lang') === '') continue;
    const lang = (declared?.lang ?? '').split('-')[0];
    for (const [word] of node.data.matchAll(WORD)) {
      const script = scriptOf(word[0]);
      if (!script || SCRIPTS[script].includes(lang)) continue;
      if (lang === 'ja' && /^[A-Z]{1,6}$/.test(word)) continue;
      found.push(`${lang}: ${word} in “${node.data.trim().slice(0, 60)}” (${el.tagName.toLowerCase()}.${el.className})`);
    }
  }
  return [...new Set(found)];
}

describe('every text says its language', () => {
  it('marks every run of words in another script on every page in English, Japanese and Persian', async (t) => {
    const { page, context } = await openPage(env.browser, null, { javaScriptEnabled: false });
    t.after(() => context.close());
    const problems = [];
    for (const lang of ['en', 'ja', 'fa']) {
      const pages = pagesIn(lang);
      assert.ok(pages.length >= 30, `${lang}: ${pages.length} pages`);
      for (const path of pages) {
        await page.goto(`${env.server.url}${path}`);
        for (const problem of await page.evaluate(untagged)) problems.push(`${path} ${problem}`);
      }
    }
    assert.deepEqual(problems.slice(0, 40), [], `${problems.length} untagged runs`);
  });

  // The words a person types, echoed in "why found", are marked as of no known language.
  it('marks them in what the islands draw too', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}fa/?q=lawyer`);
    t.after(() => context.close());
    assert.equal(await page.locator('.why-found [lang=""]').first().textContent(), 'lawyer');
    await gotoReady(page, `${env.server.url}fa/?q=zzzzqqq`);
    assert.equal(await page.locator('[lang=""]:visible').first().textContent(), 'zzzzqqq');
    assert.deepEqual(await page.evaluate(untagged), []);
    await gotoReady(page, `${env.server.url}fa/?q=وکیل`);
    assert.ok((await page.locator('.card:visible').count()) > 0);
    assert.deepEqual(await page.evaluate(untagged), []);
    await gotoReady(page, `${env.server.url}fa/org/jar/`);
    assert.deepEqual(await page.evaluate(untagged), []);
  });
});
