import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../reports/index.js';
import { SUPPORT_BOT_YAML } from '../fixtures/scenarios.js';
import { CHROMIUM_ARGS, findChromium } from '../helpers/find-chromium.js';
import { quickResults } from '../helpers/quick-results.js';
import { useTmpDir } from '../helpers/tmp-dir.js';

const executablePath = findChromium();
const required = process.env.CI === 'true';
const tmp = useTmpDir();

describe.skipIf(!executablePath && !required)('report.html in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!executablePath) throw new Error('CI=true but no chromium found: .ci/run installs Debian\'s chromium');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => browser?.close());

  it('opens offline with no errors, no requests, and a drawn chart', async () => {
    const results = await quickResults(SUPPORT_BOT_YAML, 20_000);
    const file = tmp.write('report.html', await buildReport(results));
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    const headline = await page.locator('#headline-probability').innerText();
    expect(headline).toContain(`${(results.p_payback_within_threshold.estimate * 100).toFixed(1)}%`);
    const chart = page.locator('#payback-curve svg');
    expect(await chart.count()).toBe(1);
    const box = await chart.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    // The curve and its band are drawn, each as one path with real geometry.
    for (const mark of ['line mark', 'area mark']) {
      const path = page.locator(`#payback-curve svg path[aria-roledescription="${mark}"]`);
      expect(await path.count()).toBe(1);
      expect((await path.getAttribute('d'))?.length).toBeGreaterThan(100);
    }
    const screenshot = await page.screenshot({ fullPage: true });
    writeFileSync(tmp.path('report.png'), screenshot);
    expect(screenshot.length).toBeGreaterThan(10_000);
  });
});

describe.skipIf(!executablePath && !required)('the analysis charts in headless Chromium', () => {
  it('draws the tornadoes, the bands and the sensitivity charts, with no error or request, and fits a phone without sideways scrolling', async () => {
    const file = tmp.write('full-report.html', await buildReport(await quickResults(SUPPORT_BOT_YAML, 20_000, true)));
    const browser = await chromium.launch({ executablePath: executablePath as string, args: CHROMIUM_ARGS });
    try {
      for (const width of [1280, 390]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        const problems: string[] = [];
        const requests: string[] = [];
        page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('request', (request) => requests.push(request.url()));
        await page.goto(pathToFileURL(file).href);
        expect(problems).toEqual([]);
        expect(requests).toEqual([pathToFileURL(file).href]);
        for (const id of ['savings-histogram', 'cost-breakdown', 'tornado', 'probability-tornado', 'break-even-bands', 'spider', 'evppi', 'sobol', 'convergence']) {
          expect(await page.locator(`#${id} svg [aria-roledescription]`).count()).toBeGreaterThan(3);
        }
        // The decision-flip and rank-correlation tables: a row per uncertain input.
        expect(await page.locator('#decision-flips tbody tr').count()).toBe(17);
        expect(await page.locator('#spearman tbody tr').count()).toBe(17);
        // An expression string: the test is type-checked without the DOM's types.
        const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
        expect(overflow).toBeLessThanOrEqual(0);
        // Kept for a person to look at: test-output/ (ignored by git).
        mkdirSync('test-output', { recursive: true });
        writeFileSync(`test-output/report-${width}px.png`, await page.screenshot({ fullPage: true }));
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
