// Renders the PNG app icons from the SVGs in public/icons with headless Chromium.
// Run it after changing an SVG:  node tests/tools/icons.mjs
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch } from '../browser/helpers.mjs';

const ICONS = fileURLToPath(new URL('../../public/icons/', import.meta.url));
const OUTPUTS = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['maskable.svg', 'maskable-512.png', 512],
];

const browser = await launch();
for (const [svg, png, size] of OUTPUTS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const markup = await readFile(ICONS + svg, 'utf8');
  await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
  await page.screenshot({ path: ICONS + png, omitBackground: true });
  await page.close();
  console.log(`${png}: ${size}×${size}`);
}
await browser.close();
