// Where the wasm's bytes go, by crate: twiggy 0.8 over a copy of the build's wasm optimised as
// the build does (`wasm-opt -Oz`) but keeping the names (`-g`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The crate an item of twiggy's belongs to: `tachys`, `core`, `michishirube`, … */
function crateOf(name) {
  if (name.startsWith('data segment')) return 'data (strings, tables)';
  if (/ externref shim$/.test(name)) return 'island entry points';
  const path = /^<?(?:&mut |&)?(?:dyn )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name);
  return path ? path[1] : 'other';
}

/** `{ rows: [[crate, bytes], …] (largest first, the small ones as "other"), total }`, or null without twiggy. */
export function wasmByCrate(wasm, top = 14) {
  try {
    execFileSync('twiggy', ['--version'], { stdio: 'ignore' });
  } catch {
    return null; // Without twiggy, the named copy (half a minute of wasm-opt) is not worth making.
  }
  const dir = mkdtempSync(join(tmpdir(), 'michishirube-twiggy-'));
  try {
    const named = join(dir, 'named.wasm');
    execFileSync('wasm-opt', ['-Oz', '-g', wasm, '-o', named]);
    const csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', named], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const sizes = new Map();
    for (const line of csv.trim().split('\n').slice(1)) {
      // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent (names may hold commas)
      const fields = line.split(',');
      const size = Number(fields.at(-4));
      const name = fields.slice(0, -4).join(',').replace(/^"|"$/g, '').replaceAll('""', '"');
      // The names themselves, kept only to read the rest by.
      if (/^"(function|data|local|global|type) names" subsection$/.test(name)) continue;
      sizes.set(crateOf(name), (sizes.get(crateOf(name)) ?? 0) + size);
    }
    const sorted = [...sizes].sort((a, b) => b[1] - a[1]);
    const rows = sorted.slice(0, top);
    const rest = sorted.slice(top).reduce((n, [, b]) => n + b, 0);
    if (rest) rows.push(['the rest', rest]);
    return { rows, total: sorted.reduce((n, [, b]) => n + b, 0) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
