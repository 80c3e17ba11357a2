// Trunk post_build hook, last (after the page renderer has filled sw.js): writes a brotli
// (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every text file of a release
// build, for servers that send precompressed files as they are (nginx's gzip_static and
// brotli_static, Caddy's `precompressed`, most CDNs): the smallest encodings, paid for once at
// build time instead of on every request. The copies are the same files: the service worker's
// lists leave them out (src/site/worker.rs), and deploy/ forbids asking for them by name.
//
//   node src/site/precompress.mjs [dir]     (default: $TRUNK_STAGING_DIR)
import { availableParallelism } from 'node:os';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: precompress.mjs <dist dir> (or run as a Trunk hook)');
if (process.env.TRUNK_PROFILE === 'debug') process.exit(0);

/** What is worth compressing: text, and the wasm. Images other than SVG are compressed already. */
const TEXT = new Set(['.html', '.js', '.css', '.json', '.txt', '.csv', '.xml', '.svg', '.webmanifest', '.vcf', '.wasm']);

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const started = performance.now();
const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && TEXT.has(extname(entry.name)))
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name));

let sizes = { text: 0, br: 0, gz: 0 };
async function compress(file) {
  const body = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipped(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  sizes = { text: sizes.text + body.length, br: sizes.br + br.length, gz: sizes.gz + gz.length };
}

// zlib works on libuv's thread pool: a few files at a time keep every core busy. The largest
// first, so no long one is left to run alone at the end.
const queue = (await Promise.all(files.map(async (file) => ({ file, size: (await stat(file)).size })))).sort((a, b) => a.size - b.size);
const lanes = availableParallelism() + 2;
await Promise.all(
  Array.from({ length: lanes }, async () => {
    for (let next = queue.pop(); next; next = queue.pop()) await compress(next.file);
  }),
);
const mb = (n) => (n / 1e6).toFixed(1);
console.log(
  `precompress: ${files.length} files, ${mb(sizes.text)} MB → ${mb(sizes.br)} MB .br, ${mb(sizes.gz)} MB .gz, ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
