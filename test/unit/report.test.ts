import { describe, expect, it } from 'vitest';
import { buildReport, escapeHtml, paybackCurveSpec, renderSvg } from '../../reports/index.js';
import { SUPPORT_BOT_YAML } from '../fixtures/scenarios.js';
import { quickResults } from '../helpers/quick-results.js';

const hostile = SUPPORT_BOT_YAML.replace(/^name: .*$/m, 'name: "<script>alert(1)</script> & \\"Q\\""')
  .replace(/^description: >-\n(  .*\n)+/m, "description: \"<img src=x onerror=alert(2)> it's\"\n");

describe('escapeHtml', () => {
  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('the payback-curve chart', () => {
  it('compiles and renders with no Vega-Lite warning, one point per month', async () => {
    const results = await quickResults(SUPPORT_BOT_YAML);
    const spec = paybackCurveSpec(results);
    expect((spec as { data: { values: unknown[] } }).data.values).toHaveLength(37);
    const { svg, warnings } = await renderSvg(spec);
    expect(warnings).toEqual([]);
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Months after launch');
  });
});

describe('buildReport', () => {
  it('escapes every string the user wrote', async () => {
    const html = await buildReport(await quickResults(hostile));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Q&quot;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt; it&#39;s');
  });

  it('is self-contained: no scripts, no external links, only the SVG namespace', async () => {
    const html = await buildReport(await quickResults(SUPPORT_BOT_YAML));
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
    const urls = html.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink']));
  });

  it('leads with the headline probability and its margin', async () => {
    const results = await quickResults(SUPPORT_BOT_YAML);
    const html = await buildReport(results);
    const percent = (results.p_payback_within_threshold.estimate * 100).toFixed(1);
    expect(html).toMatch(new RegExp(`id="headline-probability">${percent}% <span class="pm">± \\d`));
  });
});

/** Classic cross-site-scripting payloads (OWASP's filter-evasion cheat sheet, abridged). */
const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<body onload=alert(1)>',
  '<style>@import "http://evil.example/x.css";</style>',
  '<meta http-equiv="refresh" content="0;url=http://evil.example">',
  '</title><script>alert(1)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '{{constructor.constructor("alert(1)")()}}',
  '<div style="background:url(javascript:alert(1))">',
];

describe('the report against hostile strings', () => {
  it('sets a Content-Security-Policy that forbids scripts and every request', async () => {
    const html = await buildReport(await quickResults(SUPPORT_BOT_YAML));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|connect-src|https?:/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
  });

  it.each(XSS_PAYLOADS)('never lets %s through raw, in the name, description or seed', async (payload) => {
    const yaml = SUPPORT_BOT_YAML.replace(/^name: .*$/m, `name: ${JSON.stringify(payload)}`)
      .replace(/^description: >-\n(  .*\n)+/m, `description: ${JSON.stringify(payload)}\n`)
      .replace(/^ {2}seed: .*$/m, `  seed: ${JSON.stringify(payload)}`);
    const html = await buildReport(await quickResults(yaml, 1_000));
    // It is shown, escaped, three times (name in the title and heading, description, seed).
    expect(html.split(escapeHtml(payload)).length - 1).toBeGreaterThanOrEqual(3);
    if (/[<>"']/.test(payload)) expect(html).not.toContain(payload);
    expect(html).not.toMatch(/<script|<iframe|<meta http-equiv="refresh"|<body onload/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  });
});

describe('the analysis charts', () => {
  it('compile and render with no Vega-Lite warning, each with its numbers in a table', async () => {
    const { tornadoSpec } = await import('../../reports/tornado-spec.js');
    const { probabilityTornadoSpec } = await import('../../reports/probability-tornado-spec.js');
    const { breakEvenBandsSpec } = await import('../../reports/break-even-bands-spec.js');
    const { costBreakdownSpec } = await import('../../reports/cost-breakdown-spec.js');
    const results = await quickResults(SUPPORT_BOT_YAML, 20_000, true);
    const analyses = { tornado: results.tornado!, probability_tornado: results.probability_tornado!, break_even_bands: results.break_even_bands!, cost_breakdown: results.cost_breakdown! };
    for (const spec of [tornadoSpec(analyses.tornado, 'Monthly savings'), probabilityTornadoSpec(analyses.probability_tornado), breakEvenBandsSpec(analyses.break_even_bands), costBreakdownSpec(analyses.cost_breakdown)]) {
      const { svg, warnings } = await renderSvg(spec);
      expect(warnings).toEqual([]);
      expect(svg).toMatch(/^<svg/);
    }
    const html = await buildReport(results);
    for (const id of ['cost-breakdown', 'tornado', 'probability-tornado', 'break-even-bands']) expect(html).toMatch(new RegExp(`<figure id="${id}"><svg[\\s\\S]*?<details><summary>The numbers</summary><table>`));
    expect(html).toContain('Human review rate, fine-tuned');
  });

  it('are left out when the run made no designed runs (--no-report results)', async () => {
    const html = await buildReport(await quickResults(SUPPORT_BOT_YAML, 2_000));
    expect(html).not.toContain('id="tornado"');
    expect(html).not.toContain('id="break-even-bands"');
  });
});

describe('summary.md', () => {
  it('gives the headline with its margin and verdict, the key numbers and the inputs that matter most', async () => {
    const { buildSummaryMarkdown } = await import('../../reports/summary-md.js');
    const results = await quickResults(SUPPORT_BOT_YAML, 20_000, true);
    const md = buildSummaryMarkdown(results);
    const p = results.p_payback_within_threshold.estimate;
    expect(md).toContain(`**P(payback within 12 months) = ${(100 * p).toFixed(1)}% ± `);
    expect(md).toMatch(/\| Monthly savings \| -?\$[\d,]+ \| -?\$[\d,]+ \| -?\$[\d,]+ \|/);
    expect(md.match(/^- .*: \d+\.\d% → \d+\.\d%$/gm)).toHaveLength(5);
  });

  it('shows a hostile scenario name as text, not Markdown or HTML', async () => {
    const { buildSummaryMarkdown } = await import('../../reports/summary-md.js');
    const yaml = SUPPORT_BOT_YAML.replace(/^name: .*$/m, 'name: "**bold** [link](http://evil.example) <script>x</script> `code`"');
    const md = buildSummaryMarkdown(await quickResults(yaml, 1_000));
    expect(md).toContain('\\*\\*bold\\*\\* \\[link\\](http://evil.example) \\<script\\>x\\</script\\> \\`code\\`');
  });
});

describe('the verdict', () => {
  it('puts words on the probability at the stated bounds', async () => {
    const { verdict } = await import('../../src/results/verdict.js');
    expect([0.95, 0.8, 0.79, 0.6, 0.5, 0.4, 0.39, 0.2, 0.19, 0].map(verdict)).toEqual([
      'likely pays back', 'likely pays back', 'more likely than not to pay back', 'more likely than not to pay back', 'a coin flip', 'a coin flip',
      'less likely than not to pay back', 'less likely than not to pay back', 'unlikely to pay back', 'unlikely to pay back',
    ]);
  });
});

describe('the footer', () => {
  it('says when the report was written, when told', async () => {
    const results = await quickResults(SUPPORT_BOT_YAML, 1_000);
    expect(await buildReport(results, { generatedAt: new Date('2026-11-24T10:31:00Z') })).toContain('written 2026-11-24 10:31 UTC');
    expect(await buildReport(results)).not.toContain('written ');
  });
});
