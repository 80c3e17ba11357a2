// Debian's nginx serving a built site with the configuration we ship (deploy/nginx.conf), for
// the browser tests: on 127.0.0.1 and a free port, from a wrapper configuration in a temporary
// folder (its pid, logs and temporary files there, in the foreground as a child of this
// process). The shipped file stays the one source: the wrapper includes it with only its
// `listen` lines and its `root` replaced.
//
//   const nginx = await startNginx({ dir: 'dist' });  … nginx.url …  await nginx.stop();
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHIPPED = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));
const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/** Debian's nginx (tests/setup.sh installs it), or $NGINX. */
export const NGINX = process.env.NGINX ?? ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? 'nginx';

/**
 * ngx_brotli's module that sends `.br` copies, where it is installed (Debian's nginx does not
 * build it in; its package is libnginx-mod-http-brotli-static, where the release has one).
 */
export const BROTLI_MODULE = ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'].find((p) => existsSync(p));

/** The shipped configuration with only its `listen` lines and its `root` replaced. */
export function shippedFor({ root, port }) {
  let listens = 0;
  let roots = 0;
  const text = readFileSync(SHIPPED, 'utf8')
    .replace(/^([ \t]*)listen[ \t][^;\n]*;[ \t]*$/gm, (_, indent) => (listens++ ? `${indent}# (listen: one is enough here)` : `${indent}listen 127.0.0.1:${port};`))
    .replace(/^([ \t]*)root[ \t][^;\n]*;/gm, (_, indent) => (roots++, `${indent}root ${JSON.stringify(resolve(root))};`));
  if (listens === 0 || roots !== 1) throw new Error(`${SHIPPED}: expected listen lines and one root, found ${listens} and ${roots}`);
  return text;
}

/** A port nothing listens on now, on 127.0.0.1. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts nginx serving `dir` (default: the release build, dist/) with the shipped configuration,
 * on `port` (default: a free one).
 * Resolves to { url, port, brotli, stop, log }: `brotli` whether the module that sends `.br`
 * copies was loaded (then `brotli_static on` is set around the shipped server, as a partner who
 * has the module would uncomment it), `log()` nginx's error log so far.
 */
export async function startNginx({ dir = DIST, port: wanted } = {}) {
  if (!existsSync(NGINX) && NGINX !== 'nginx') throw new Error(`no nginx at ${NGINX}: run tests/setup.sh --browser`);
  const temp = mkdtempSync(join(tmpdir(), 'michishirube-nginx-'));
  const port = wanted ?? (await freePort());
  const errors = join(temp, 'error.log');
  writeFileSync(join(temp, 'michishirube.conf'), shippedFor({ root: dir, port }));
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(temp, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${temp}/nginx.pid;`,
      `error_log ${errors} warn;`,
      // As root, nginx would run its workers as a user that may not read a checkout under /root.
      asRoot ? 'user root;' : '',
      BROTLI_MODULE ? `load_module ${BROTLI_MODULE};` : '',
      'events { worker_connections 256; }',
      'http {',
      `  access_log ${temp}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp}/${t};`),
      BROTLI_MODULE ? '  brotli_static on;' : '',
      `  include ${temp}/michishirube.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', `${temp}/`, '-c', join(temp, 'nginx.conf'), '-e', errors], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
  let gone = false;
  exited.then(() => (gone = true));
  const log = () => (existsSync(errors) ? readFileSync(errors, 'utf8') : '') + stderr;
  const kill = () => gone || child.kill('SIGTERM');
  process.once('exit', kill);
  const stop = async () => {
    kill();
    await exited;
    process.removeListener('exit', kill);
    rmSync(temp, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}/`;
  for (const start = Date.now(); ; await new Promise((r) => setTimeout(r, 50))) {
    if (gone) {
      const said = log();
      rmSync(temp, { recursive: true, force: true });
      throw new Error(`nginx did not start (${NGINX}): ${said}`);
    }
    try {
      await fetch(url, { method: 'HEAD' });
      break;
    } catch {
      if (Date.now() - start > 10000) {
        await stop();
        throw new Error(`nginx did not answer on ${url} within 10 s: ${log()}`);
      }
    }
  }
  return { url, port, brotli: Boolean(BROTLI_MODULE), stop, log };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // node tests/nginx.mjs [dir] [port]
  const dir = process.argv[2] ?? DIST;
  const nginx = await startNginx({ dir, port: process.argv[3] ? Number(process.argv[3]) : undefined });
  console.log(`nginx serves ${dir} at ${nginx.url} with deploy/nginx.conf${nginx.brotli ? ' (and brotli_static)' : ''}  (Ctrl+C stops it)`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
      await nginx.stop();
      process.exit(0);
    });
  }
}
