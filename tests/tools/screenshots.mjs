// Screenshots of every language at 360 px (home and a detail page) into tests/artifacts/, to
// look at. Run after a release build:  node tests/tools/screenshots.mjs [lang …]
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, gotoReady, launch, openPage, serve } from '../browser/helpers.mjs';

const OUT = fileURLToPath(new URL('../artifacts/', import.meta.url));
const CODES = process.argv.slice(2).length ? process.argv.slice(2) : LANGUAGES;

await mkdir(OUT, { recursive: true });
const browser = await launch();
const server = await serve();
const { page, context } = await openPage(browser, null);
for (const code of CODES) {
  for (const [name, path] of [['home', ''], ['detail', '&org=jar'], ['legal', '&legal=icrra']]) {
    await gotoReady(page, `${server.url}?lang=${code}${path}`);
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    await page.screenshot({ path: `${OUT}${code}-${name}.png` });
  }
  console.log(code);
}
await context.close();
await browser.close();
await server.close();
