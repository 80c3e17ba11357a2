// The facts as they stand: the law since the 2023 amendment, on the cards it touches, in the
// reader's language with the Japanese terms to say at a counter; the official help lines; where
// every record's facts come from; and, for a device that held an older dataset, what changed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { browserAndServer, goOffline, gotoReady, indexFor, openPage, serve, waitForOffline } from './helpers.mjs';

const env = browserAndServer();
const file = (path) => readFile(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

/** The text a page shows, with script on (once its islands run) or off. */
async function mainText(script, path) {
  const { page, context } = await openPage(env.browser, null, { javaScriptEnabled: script });
  try {
    if (script) await gotoReady(page, env.server.url + path);
    else await page.goto(env.server.url + path);
    return await page.locator('main').innerText();
  } finally {
    await context.close();
  }
}

describe('the law as it stands', () => {
  // What each card must say, in each language: the dates and figures as digits the page writes,
  // and the Japanese terms as they are.
  const cards = {
    'legal/icrra/': { terms: ['審査請求', '補完的保護対象者', '監理措置', '在留特別許可'], en: [/1 December 2023/, /10 June 2024/, /within 7 days/] },
    'legal/complementary-protection/': { terms: ['補完的保護対象者', '定住者'], en: [/1 December 2023/, /1,661/] },
    'legal/deportation-exception/': { terms: ['送還停止効', '相当の理由がある資料'], en: [/10 June 2024/, /third application/, /talk to a lawyer at once/] },
    'legal/supervision-measures/': { terms: ['監理措置', '監理人', '仮放免', '保証金'], en: [/10 June 2024/, /health, humanity/] },
    'legal/special-permission/': { terms: ['在留特別許可', '退去強制令書'], en: [/before a deportation order/] },
    'legal/recognition-rate/': { terms: ['補完的保護対象者'], en: [/13,823/, /303/, /12,373/, /190/, /1,661/] },
  };
  for (const script of [true, false]) {
    it(`says what changed in 2023 and 2024, with dates, sources and the Japanese terms, in en, ja and fa (script ${script ? 'on' : 'off'})`, async () => {
      for (const [path, { terms, en }] of Object.entries(cards)) {
        const english = await mainText(script, `en/${path}`);
        assert.match(english, /The law now \(as of December 4, 2026\)/, path);
        assert.match(english, /This is information, not legal advice/, path);
        for (const fact of en) assert.match(english, fact, `en/${path}`);
        // Each point names the pages it rests on, with their dates.
        assert.match(english, /Sources:/, path);
        for (const term of terms) assert.ok(english.includes(term), `en/${path} lacks ${term}`);
        for (const lang of ['ja', 'fa']) {
          const text = await mainText(script, `${lang}/${path}`);
          for (const term of terms) assert.ok(text.includes(term), `${lang}/${path} lacks ${term}`);
          assert.doesNotMatch(text, /The law now/, `${lang}/${path} is in its own language`);
        }
      }
      const persian = await mainText(script, 'fa/legal/complementary-protection/');
      assert.match(persian, /۲۰۲۳|2023/);
      assert.match(persian, /۱٬۶۶۱|1,661|1661/);
      // The source's own sentences stay, attributed to it.
      assert.match(await mainText(script, 'en/legal/icrra/'), /As the source wrote it \(AMERA International, May 2023\):\s+Japan's national refugee legal framework/);
    });
  }

  it('marks a source that is not an official page, and links the official ones', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/legal/deportation-exception/`);
    t.after(() => context.close());
    const cites = page.locator('.statements .cites');
    assert.ok((await cites.count()) >= 5);
    assert.match(await cites.nth(1).innerText(), /NHK World-Japan.*\(June 10, 2024\) \(not an official page\)/s);
    assert.match(await cites.nth(3).innerText(), /Cabinet of Japan.*\(June 30, 2023\)/s);
    assert.doesNotMatch(await cites.nth(3).innerText(), /not an official page/);
  });
});

describe('official help lines', () => {
  it('lists Houterasu and the immigration information centre, each number an E.164 call link, with what a 0570 call costs', async (t) => {
    const { page, context } = await openPage(env.browser, `${env.server.url}en/?category=help-lines`);
    t.after(() => context.close());
    await page.waitForFunction(() => document.querySelector('.count')?.textContent === '2 organisations');
    for (const [id, numbers] of [
      ['houterasu', ['tel:+81570078377', 'tel:+815037545430']],
      ['isa-information-center', ['tel:+81570013904', 'tel:+81357967112']],
    ]) {
      await gotoReady(page, `${env.server.url}en/org/${id}/`);
      const calls = await page.locator('dl.fields a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(calls, numbers, id);
      for (const call of calls) assert.match(call, /^tel:\+81[1-9]\d{8,9}$/);
      assert.match(await page.locator('dl.fields').innerText(), /Navi Dial \(0570\).*flat-rate mobile plans do not cover it/s);
    }
    assert.match(await page.locator('.lead').innerText(), /not independent advice/);
    await gotoReady(page, `${env.server.url}en/org/houterasu/`);
    assert.match(await page.locator('.lead').innerText(), /not open to people without lawful status or without an address in Japan/);
    assert.match(await page.locator('dl.fields').innerText(), /From an IP phone or a prepaid mobile phone, call this number instead/);
    assert.match(await page.locator('footer.provenance .listed').innerText(), /^From Japan Legal Support Center \(Houterasu\)'s page \(undated\), read on December 4, 2026/);
  });
});

describe('about this data', () => {
  it('lists every record with what its facts rest on and their dates, with script off too', async () => {
    const data = JSON.parse(await file('data/directory.json'));
    for (const script of [true, false]) {
      const { page, context } = await openPage(env.browser, null, { javaScriptEnabled: script });
      await page.goto(`${env.server.url}en/about/`);
      const ids = await page.locator('section.record').evaluateAll((s) => s.map((e) => e.id));
      assert.deepEqual(ids, [...data.organizations, ...data.legal_info, ...data.pointers].map((r) => r.id));
      const jar = await page.locator('section.record#jar').innerText();
      assert.match(jar, /Listed by AMERA International · page updated May 2023/);
      assert.match(jar, /Address: Old listing: .*Yotsuya.*Out of date, according to Japan Association for Refugees \(2018\)/);
      assert.match(jar, /CANPAN FIELDS, “CANPAN FIELDS organisation listing.*” \(undated, read on December 4, 2026\) \(not an official page\)/);
      assert.match(jar, /Opening hours: Check before you go/);
      assert.match(jar, /Also read: Japan Association for Refugees, “Japan Association for Refugees: annual report for 2024–2025” \(November 2025\)/);
      assert.match(await page.locator('section.record#jar-pro-bono').innerText(), /No newer public page about it was found\./);
      assert.match(await page.locator('section.record#frj').innerText(), /Checked on June 2022 against the organisation's own website/);
      await context.close();
    }
    // Every page's footer is one line that links here.
    const { page, context } = await openPage(env.browser, `${env.server.url}fa/org/jar/`);
    const footer = page.locator('footer.bottom p').first();
    assert.equal(await footer.locator('a').getAttribute('href'), '../../../fa/about/');
    await Promise.all([page.waitForEvent('load'), footer.locator('a').click()]);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fa');
    assert.equal(await page.locator('section.record').count(), data.organizations.length + data.legal_info.length + data.pointers.length);
    await context.close();
  });

  it('offers the data in HSDS, in the reader\'s language and English, and the files open offline once the page was read', async (t) => {
    const data = JSON.parse(await file('data/directory.json'));
    const server = await serve();
    const { page, context } = await openPage(env.browser, `${server.url}fa/about/`);
    t.after(() => Promise.all([context.close(), server.close()]));
    const download = page.locator('section.download');
    assert.equal(await download.locator('h2').textContent(), 'دانلود اطلاعات');
    const links = await download.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.lang, a.textContent]));
    assert.deepEqual(links.slice(0, 2), [
      ['../../data/hsds/fa/organizations.json', 'fa', 'فارسی'],
      ['../../data/hsds/organizations.json', 'en', 'English'],
    ]);
    assert.equal(links[2][0], '../../data/hsds/fa/datapackage.json');
    assert.ok(links.some(([href]) => href === '../../data/hsds/fa/services.csv'), JSON.stringify(links));
    assert.match(await download.innerText(), /HSDS 3\.1/);
    await waitForOffline(page);
    await goOffline(page, server);
    for (const [href] of links) {
      const response = await page.evaluate(async (url) => {
        const r = await fetch(url);
        return [r.status, r.headers.get('content-type'), await r.text()];
      }, href);
      assert.equal(response[0], 200, href);
      if (href.endsWith('organizations.json')) {
        const records = JSON.parse(response[2]);
        assert.equal(records.length, data.organizations.length, href);
        assert.match(records[0].id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }
      if (href.endsWith('.csv')) assert.match(response[1], /^text\/csv/, href);
    }
  });
});

describe('what changed since a last visit', () => {
  /** Loads a page and waits until the app has compared the two copies (it asks for the previous one). */
  async function gotoCompared(page, url) {
    const compared = page.waitForResponse((r) => r.url().includes('?previous-copy'));
    await gotoReady(page, url);
    await compared;
    // The comparison runs as soon as both copies are read.
    await page.waitForTimeout(300);
  }

  it('tells a device that held the 2023 dataset, once and offline too, that the address of a saved JAR changed', async (t) => {
    const server = await serve();
    const { page, context, errors } = await openPage(env.browser, null);
    t.after(() => Promise.all([context.close(), server.close()]));
    // The device as an earlier version of the app left it: that version's copy of the index of
    // the dataset (schema 2) in its cache, and JAR saved.
    const old = indexFor(await file('tests/fixtures/directory-2023-05.json'));
    await page.goto(`${server.url}notes.html`);
    await page.evaluate(async ({ scope, old }) => {
      await (await caches.open(`michishirube ${scope} data v2`)).put(new URL('data/index/en.txt', scope).href, new Response(old));
      localStorage.setItem('michishirube.bookmarks.v1', JSON.stringify([{ kind: 'organization', id: 'jar', title: 'Japan Association for Refugees' }]));
    }, { scope: server.url, old });
    // This version's worker installs, keeps the copy it replaces, and takes over.
    await gotoReady(page, `${server.url}en/`);
    for (const start = Date.now(); ; await page.waitForTimeout(100)) {
      const kept = await page.evaluate(async () => {
        const names = await caches.keys();
        const data = names.find((k) => k.endsWith(' data v3'));
        return data && !names.some((k) => k.endsWith(' data v2')) ? (await (await caches.open(data)).keys()).length : 0;
      });
      if (kept === 2) break;
      assert.ok(Date.now() - start < 15000, 'the worker never kept the previous copy');
    }
    await goOffline(page, server);
    // The first page after the new data is in, offline.
    await gotoReady(page, `${server.url}en/saved/`);
    const notice = page.locator('.status.changed');
    await notice.waitFor();
    assert.match(await notice.innerText(), /Changed since your last visit\s+Japan Association for Refugees: Address, Email, Website/);
    assert.doesNotMatch(await notice.innerText(), /Forum for Refugees/, 'FRJ is not saved');
    // Once.
    await gotoCompared(page, `${server.url}en/saved/`);
    assert.equal(await notice.count(), 0);
    // A record opened, not saved, is told on its own page, once.
    await gotoReady(page, `${server.url}en/org/frj/`);
    await notice.waitFor();
    assert.match(await notice.innerText(), /Forum for Refugees Japan: Address, Website/);
    await gotoCompared(page, `${server.url}en/org/frj/`);
    assert.equal(await notice.count(), 0);
    // Nothing left the device: offline, every request went to the worker.
    assert.deepEqual(errors, []);
  });

  it('says nothing, and shows no error, when the previous copy is damaged', async (t) => {
    const server = await serve();
    const { page, context, errors } = await openPage(env.browser, null);
    t.after(() => Promise.all([context.close(), server.close()]));
    await page.goto(`${server.url}notes.html`);
    await page.evaluate(async (scope) => {
      await (await caches.open(`michishirube ${scope} data v2`)).put(new URL('data/index/en.txt', scope).href, new Response('michishirube-index\t1\t2\ten\t0\t\t0\nf\torganiz'));
      localStorage.setItem('michishirube.bookmarks.v1', JSON.stringify([{ kind: 'organization', id: 'jar', title: 'JAR' }]));
    }, server.url);
    await gotoReady(page, `${server.url}en/`);
    await goOffline(page, server);
    await gotoCompared(page, `${server.url}en/saved/`);
    await page.locator('.saved-page li.card').first().waitFor();
    assert.equal(await page.locator('.status.changed').count(), 0);
    assert.deepEqual(errors, []);
  });
});
