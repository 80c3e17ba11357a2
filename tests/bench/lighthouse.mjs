// One Lighthouse run (npm lighthouse, pinned; mobile, its simulated slow 4G and 4× CPU) in a
// fresh Chromium: Debian's, started with the same flags as the tests, never a downloaded one.
import run from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { EXECUTABLE, FLAGS } from '../browser/helpers.mjs';

/**
 * The performance score and the metrics behind it (ms; CLS unitless). With `seo`, also the SEO
 * score (`seo`) and the SEO audits that did not pass (`seoFailed`: their ids).
 */
export async function lighthouse(url, { seo = false } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath: EXECUTABLE, chromeFlags: ['--headless=new', ...FLAGS] });
  try {
    const onlyCategories = seo ? ['performance', 'seo'] : ['performance'];
    const { lhr } = await run(url, { port: chrome.port, onlyCategories, logLevel: 'error', output: 'json' });
    const metric = (id) => lhr.audits[id].numericValue;
    const seoScores = seo && {
      seo: Math.round(lhr.categories.seo.score * 100),
      seoFailed: lhr.categories.seo.auditRefs.map((r) => lhr.audits[r.id]).filter((a) => a.score !== null && a.score < 1).map((a) => a.id),
    };
    return {
      ...seoScores,
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
