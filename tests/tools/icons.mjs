// Renders the PNG app icons from the SVGs in public/icons with headless Chromium.
// Run it after changing an SVG:  node tests/tools/icons.mjs
//
// Flat icons have few colours, so each is written as an indexed-colour PNG, losslessly: about
// half the bytes of Chromium's RGBA screenshot, which every first visit downloads for the
// offline copy. The tool reads each file back in Chromium and stops if a pixel differs.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { launch } from '../browser/helpers.mjs';

const ICONS = fileURLToPath(new URL('../../public/icons/', import.meta.url));
const OUTPUTS = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['maskable.svg', 'maskable-512.png', 512],
];

/** The pixels (RGBA, row by row) of an image drawn at `size` × `size`. */
function pixels(page, src, size) {
  return page.evaluate(
    async ([src, size]) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = new OffscreenCanvas(size, size);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0, size, size);
      return [...context.getImageData(0, 0, size, size).data];
    },
    [src, size],
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  let crc = 0xffffffff;
  for (const byte of body) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return Buffer.concat([head, body, tail]);
}

/** An indexed-colour PNG of RGBA pixels with at most 256 colours. */
function indexedPng(rgba, size) {
  const colours = [];
  const index = new Map();
  const keys = [];
  for (let i = 0; i < rgba.length; i += 4) {
    const key = rgba.slice(i, i + 4).join();
    if (!index.has(key)) {
      index.set(key, colours.length);
      colours.push(rgba.slice(i, i + 4));
    }
    keys.push(index.get(key));
  }
  if (colours.length > 256) throw new Error(`${colours.length} colours: too many for a palette`);
  // Each row starts with filter type 0 (none); deflate finds the flat areas on its own.
  const rows = Buffer.alloc(size * (size + 1));
  keys.forEach((k, i) => (rows[Math.floor(i / size) * (size + 1) + 1 + (i % size)] = k));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // indexed colour
  const alpha = colours.map((c) => c[3]);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(colours.flatMap((c) => c.slice(0, 3)))),
    ...(alpha.every((a) => a === 255) ? [] : [chunk('tRNS', Buffer.from(alpha))]),
    chunk('IDAT', deflateSync(rows, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const browser = await launch();
const page = await browser.newPage();
for (const [svg, png, size] of OUTPUTS) {
  const markup = await readFile(ICONS + svg);
  const drawn = await pixels(page, `data:image/svg+xml;base64,${markup.toString('base64')}`, size);
  const file = indexedPng(drawn, size);
  const read = await pixels(page, `data:image/png;base64,${file.toString('base64')}`, size);
  if (read.some((v, i) => v !== drawn[i])) throw new Error(`${png} does not read back as drawn`);
  await writeFile(ICONS + png, file);
  console.log(`${png}: ${size}×${size}, ${file.length} bytes`);
}
await browser.close();
