// Found where many people start: given the site's public address, the build links every page
// to its languages absolutely and writes a sitemap, and Lighthouse's SEO audit passes whole.
// (The release build in dist/ has no address; this test draws a copy of it at the address the
// test server has, with the build's own renderer, as Trunk's hook would.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lighthouse } from '../bench/lighthouse.mjs';
import { startServer } from '../serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The release build drawn again at `address`, in a folder of its own. */
async function builtAt(address) {
  const dir = await mkdtemp(join(tmpdir(), 'michishirube-seo-'));
  await cp(join(ROOT, 'dist'), dir, { recursive: true });
  // Trunk's own index.html, as the build kept it, and the worker's template: the renderer's input.
  await cp(join(ROOT, 'target/site/template.html'), join(dir, 'index.html'));
  await cp(join(ROOT, 'public/sw.js'), join(dir, 'sw.js'));
  const render = process.env.MICHISHIRUBE_RENDER;
  const [command, args] = render ? [render, [dir]] : ['cargo', ['run', '--quiet', '--offline', '--features', 'ssr', '--bin', 'render', '--', dir]];
  execFileSync(command, args, { cwd: ROOT, env: { ...process.env, MICHISHIRUBE_SITE_URL: address } });
  return dir;
}

describe('search engines', () => {
  it('given the address, scores 100 for SEO with absolute hreflang and a sitemap of every page in every language', async (t) => {
    const server = await startServer({ dir: join(ROOT, 'dist') });
    const dir = await builtAt(server.url);
    server.control.dir = dir;
    t.after(() => Promise.all([server.close(), rm(dir, { recursive: true })]));

    const jar = await (await fetch(`${server.url}fa/org/jar/`)).text();
    assert.match(jar, new RegExp(`<link rel="canonical" href="${server.url}fa/org/jar/">`));
    assert.match(jar, new RegExp(`<link rel="alternate" hreflang="ja" href="${server.url}ja/org/jar/">`));
    const sitemap = await (await fetch(`${server.url}sitemap.xml`)).text();
    const pages = (await readFile(join(dir, 'offline/en.txt'), 'utf8')).split('\n')[1];
    const english = JSON.parse(pages).filter(([address]) => address.startsWith('en/') && address.endsWith('/'));
    for (const lang of ['en', 'ja', 'fa', 'zh-Hans']) {
      for (const [address] of english) assert.ok(sitemap.includes(`<loc>${server.url}${lang}/${address.slice(3)}</loc>`), `${lang}/${address.slice(3)}`);
    }
    assert.match(await (await fetch(`${server.url}robots.txt`)).text(), new RegExp(`Sitemap: ${server.url}sitemap.xml`));

    for (const path of ['', 'fa/org/jar/']) {
      const { seo, seoFailed } = await lighthouse(`${server.url}${path}`, { seo: true });
      assert.equal(seo, 100, `${path || 'root'}: ${seoFailed}`);
    }
  });
});
