// A smoke run of the benchmark (tests/bench.sh runs it whole): one run, 100 organisations, no
// throttling, no Lighthouse. It asserts no timing; it checks that the report has each measurement.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

it('writes a benchmark report with every measurement', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'michishirube-bench-test-'));
  t.after(() => rm(dir, { recursive: true }));
  const out = join(dir, 'BENCHMARKS.md');
  const script = fileURLToPath(new URL('../bench/bench.mjs', import.meta.url));
  const tiny = ['--smoke', '--runs', '1', '--sizes', '100', '--keystrokes', '3', '--lighthouse-runs', '0'];
  await promisify(execFile)('node', [script, ...tiny, '--out', out], { timeout: 300_000 });
  const report = await readFile(out, 'utf8');
  for (const section of ['## 1. First visit', '## 2. Time to the first organisation card', '## 3. Repeat visit with the network off', '## 4. Search', '## 7. The wasm']) {
    assert.ok(report.includes(section), section);
  }
  assert.match(report, /\| \*\*total\*\* \| \*\*\d+\.\d KB\*\* \| \*\*\d+\.\d KB\*\* \|/);
  assert.match(report, /_bg\.wasm` \| \d+\.\d KB \| \d+\.\d KB \|/);
  // The offline copy's files are counted, though only the service worker fetches them.
  // The page reads its own language's strings, English too (the wasm holds none).
  assert.match(report, /\| \d+ language files .* \| \d+\.\d KB \| \d+\.\d KB \|/);
  assert.match(report, /\| \*\*ratio\*\* \| \*\*\d+\.\d\d×\*\* \|/);
  assert.match(report, /\| bytes from the network \| 0 B \|/);
  assert.match(report, /\| 100 \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+ MB \|/);
  assert.match(report, /\| bare search box \(physical limit\) \| — \| — \| [\d.]+ ms \| [\d.]+ ms \|/);
  assert.match(report, /\| \d+ more pages in the reader's language .* \| — \| \d+\.\d KB \|/);
  assert.match(report, /_bg\.wasm`: [\d.]+ KB raw, \*\*[\d.]+ KB brotli-11\*\*/);
});
