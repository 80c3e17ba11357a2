// Trunk post_build hook, before the page renderer (src/bin/render.rs): minifies wasm-bindgen's
// JS glue in a release build (Trunk 0.21's minifier cannot parse it and ships it whole:
// 8.6 → 6.8 KB br), and names its new hash in index.html's integrity, which every page copies.
//
//   node src/site/minify-glue.mjs [dir]     (default: $TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The npm tools (terser, binaryen's wasm-opt) are installed in tests/ by tests/setup.sh.
const terser = createRequire(new URL('../../tests/package.json', import.meta.url)).resolve('terser');
const { minify } = await import(pathToFileURL(terser).href);

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: minify-glue.mjs <dist dir> (or run as a Trunk hook)');
if (process.env.TRUNK_PROFILE === 'debug') process.exit(0);

const indexPath = join(dir, 'index.html');
const html = await readFile(indexPath, 'utf8');
const link = html.match(/<link[^>]*>/g)?.find((tag) => /\brel=["']?modulepreload\b/.test(tag)) ?? '';
const name = /\bhref=["']?(?:\.\/)?([\w-]+\.js)\b/.exec(link)?.[1];
const integrity = /\bintegrity=["']?(sha384-[\w+/=]+)/.exec(link)?.[1];
if (!name || !integrity) throw new Error(`minify-glue: no preloaded module with an integrity hash in index.html: ${link}`);
const path = join(dir, name);
const source = await readFile(path, 'utf8');
const { code } = await minify(source, { module: true, compress: true, mangle: true });
await writeFile(path, code);
await writeFile(indexPath, html.replace(integrity, `sha384-${createHash('sha384').update(code).digest('base64')}`));
console.log(`minify-glue: ${name}, ${source.length} → ${code.length} bytes`);
