// Trunk post_build hook, in three steps:
// 1. Moves Trunk's inline module loader out of index.html into boot-<hash>.js, so the page's
//    Content-Security-Policy needs no 'unsafe-inline'; minifies wasm-bindgen's JS glue in a
//    release build (Trunk 0.21's minifier cannot parse it and ships it whole: 8.6 → 6.8 KB br).
// 2. Puts the home page's cards into index.html as a static first paint (prerender.mjs).
// 3. Fills public/sw.js (copied to the staging dir) with the list of files Trunk actually wrote,
//    a version derived from their contents, and the dataset's schema.
//
//   node tests/tools/postbuild.mjs [dir]     (default: $TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { minify } from 'terser';
import { cardsHtml } from './prerender.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: postbuild.mjs <dist dir> (or run as a Trunk hook)');
const DATASET = 'data/directory.json';
const data = JSON.parse(await readFile(join(dir, DATASET), 'utf8'));

// 1. Trunk's own output, processed once (the inline loader is what says it is fresh).
const indexPath = join(dir, 'index.html');
let index = await readFile(indexPath, 'utf8');
const inline = /<script type=["']?module["']?>([\s\S]*?)<\/script>/.exec(index);
if (inline) {
  const boot = `boot-${createHash('sha256').update(inline[1]).digest('hex').slice(0, 16)}.js`;
  await writeFile(join(dir, boot), inline[1]);
  index = index.replace(inline[0], `<script type=module src=./${boot}></script>`);
  console.log(`postbuild: loader moved to ${boot}`);
  if (process.env.TRUNK_PROFILE !== 'debug') index = await minifyGlue(index);
}

/** Minifies the module the page preloads, and names its new hash in the page's integrity. */
async function minifyGlue(html) {
  const link = html.match(/<link[^>]*>/g)?.find((tag) => /\brel=["']?modulepreload\b/.test(tag)) ?? '';
  const name = /\bhref=["']?(?:\.\/)?([\w-]+\.js)\b/.exec(link)?.[1];
  const integrity = /\bintegrity=["']?(sha384-[\w+/=]+)/.exec(link)?.[1];
  if (!name || !integrity) throw new Error(`postbuild: no preloaded module with an integrity hash in index.html: ${link}`);
  const path = join(dir, name);
  const source = await readFile(path, 'utf8');
  const { code } = await minify(source, { module: true, compress: true, mangle: true });
  await writeFile(path, code);
  const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  console.log(`postbuild: minified ${name}, ${source.length} → ${code.length} bytes`);
  return html.replace(integrity, sri);
}

// 2. The static first paint.
if (!index.includes('id="prerender"')) {
  index = index.replace(/<body>/, `<body>${cardsHtml(data)}`);
  console.log(`postbuild: prerendered ${data.organizations.length} cards`);
}
await writeFile(indexPath, index);

// 3. The precache list. Served, but not part of the shell: the worker itself, the dataset (cached on its own, see
// sw.js), pages for partners rather than for the app, and files the app never fetches (the English catalogue is
// compiled in; the source text is there for reviewers), which would cost every first visit their bytes.
const SKIP = new Set([
  'sw.js',
  DATASET,
  ...['embed.js', 'embed-demo.html', 'embed-demo.js', 'embed-demo.css'],
  'i18n/en.json',
  ...data.sources.map((source) => `data/${source.file}`),
]);

async function files(at) {
  const found = [];
  for (const entry of await readdir(at, { withFileTypes: true })) {
    const path = join(at, entry.name);
    if (entry.isDirectory()) found.push(...(await files(path)));
    else found.push(relative(dir, path).split(sep).join('/'));
  }
  return found;
}

const shell = (await files(dir)).filter((p) => !SKIP.has(p)).sort();
const hash = createHash('sha256');
for (const path of [...shell, DATASET]) {
  hash.update(path).update('\0').update(await readFile(join(dir, path))).update('\0');
}
// index.html goes in as `./`, the address people open (see sw.js).
const paths = shell.map((p) => (p === 'index.html' ? './' : p));
const version = hash.digest('hex').slice(0, 16);
const schema = data.schema_version;

const swPath = join(dir, 'sw.js');
const template = await readFile(swPath, 'utf8');
if (!template.includes('__PRECACHE__')) throw new Error(`${swPath} was already filled in`);
const sw = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__PRECACHE__', JSON.stringify(paths, null, 2))
  .replace('__SCHEMA__', String(schema));
await writeFile(swPath, sw);
console.log(`postbuild: precache ${paths.length} files, version ${version}, dataset schema ${schema}`);
