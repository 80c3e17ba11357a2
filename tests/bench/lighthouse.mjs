// One Lighthouse run (npm lighthouse, pinned; mobile, its simulated slow 4G and 4× CPU) in a
// fresh Chromium: Debian's, started with the same flags as the tests, never a downloaded one.
import run from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { EXECUTABLE, FLAGS } from '../browser/helpers.mjs';

/** The performance score and the metrics behind it (ms; CLS unitless). */
export async function lighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: EXECUTABLE, chromeFlags: ['--headless=new', ...FLAGS] });
  try {
    const { lhr } = await run(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
    const metric = (id) => lhr.audits[id].numericValue;
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      tti: metric('interactive'),
      fcp: metric('first-contentful-paint'),
      cls: metric('cumulative-layout-shift'),
    };
  } finally {
    await chrome.kill();
  }
}
