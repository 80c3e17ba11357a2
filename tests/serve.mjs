// A small static file server for the release build, as a static host would serve it:
// correct MIME types (application/wasm for streaming compilation), brotli or gzip when the
// client accepts it (compressed once per file), an ETag so a cached copy is revalidated with a
// 304 instead of sent again, and the app under an optional sub-path. Loopback only.
//
//   node tests/serve.mjs [--dir dist] [--port 8080] [--base /] [--no-compress]
//
// Also importable: `startServer({ dir, port, base, compress })` resolves to { url, close, control },
// where tests can switch `control.dir` to another build, set `control.down` to drop every
// connection (the network is gone), or put a body in `control.overrides` for a path, and read
// `control.sent`: every response, as { path, status, bytes } with bytes as sent on the wire.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.wasm', '.svg', '.txt', '.vcf']);

// Each file version (path, modification time, size) is read once, as a static host serves
// precompressed files: its content, a tag derived from the content (so a test that swaps in
// another build, whose files share names, sizes and even times, never gets a 304 for a changed
// file), and its compressed copies, made on first request.
const versions = new Map();
async function version(file, { mtimeMs, size }) {
  const key = `${file} ${mtimeMs} ${size}`;
  if (!versions.has(key)) {
    const body = await readFile(file);
    versions.set(key, { body, tag: createHash('sha256').update(body).digest('base64url').slice(0, 22), encoded: {} });
  }
  return versions.get(key);
}

function encoded({ body, encoded: copies }, encoding) {
  copies[encoding] ??=
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 });
  return copies[encoding];
}

export function startServer({ dir = 'dist', port = 0, base = '/', compress: compressing = true } = {}) {
  const control = { dir, down: false, overrides: new Map(), sent: [] };
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    // Requests on one connection take turns, so the socket's count since this one began is its own.
    const { socket } = req;
    const before = socket.bytesWritten;
    res.on('finish', () => control.sent.push({ path: req.url, status: res.statusCode, bytes: socket.bytesWritten - before }));
    if (control.down) {
      socket.destroy();
      return;
    }
    const root = resolve(control.dir);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const override = control.overrides.get(path.slice(prefix.length));
    if (override) {
      res.writeHead(override.status ?? 200, { 'content-type': override.type ?? 'application/json', 'cache-control': 'no-cache' });
      res.end(override.body);
      return;
    }
    if (!path.startsWith(prefix)) {
      if (path === prefix.slice(0, -1)) {
        res.writeHead(301, { location: prefix }).end();
      } else {
        res.writeHead(404).end('not found');
      }
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const ext = extname(file);
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      const accepts = req.headers['accept-encoding'] ?? '';
      const accepted = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      const encoding = compressing && COMPRESSIBLE.has(ext) ? accepted : null;
      const content = await version(file, info);
      headers.etag = `"${content.tag}${encoding ? `-${encoding}` : ''}"`;
      if (encoding) headers.vary = 'accept-encoding';
      if ((req.headers['if-none-match'] ?? '').split(/\s*,\s*/).includes(headers.etag)) {
        res.writeHead(304, headers).end();
        return;
      }
      const body = encoding ? encoded(content, encoding) : content.body;
      if (encoding) headers['content-encoding'] = encoding;
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}${prefix}`;
      const close = () => {
        server.closeAllConnections();
        return new Promise((c) => server.close(c));
      };
      done({ url, server, control, close });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({
    dir: arg('dir', 'dist'),
    port: Number(arg('port', 8080)),
    base: arg('base', '/'),
    compress: !process.argv.includes('--no-compress'),
  });
  console.log(`Michishirube is being served at ${url}  (Ctrl+C stops it)`);
}
