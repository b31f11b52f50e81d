import { formatMargin, formatPercent, formatUsd } from '../src/format/format-number.js';
import { formatOutput, outputLabel } from '../src/format/format-output.js';
import { headlinePayback, paybackName, SUMMARIZED_OUTPUTS, type Results } from '../src/results/results.js';
import { decisionSections } from './decision-sections.js';
import { escapeHtml } from './escape-html.js';
import { roiModel } from '../src/model/roi-model.js';
import { verdict } from '../src/results/verdict.js';
import { analysisSections } from './analysis-sections.js';
import { sensitivitySections } from './sensitivity-sections.js';
import { figure } from './figure.js';
import { inputsTable } from './inputs-table.js';
import { paybackCurveSpec } from './payback-curve-spec.js';
import { savingsHistogramSpec } from './savings-histogram-spec.js';
import { renderSvg } from './render-svg.js';
import { REPORT_CSS } from './report-css.js';

/**
 * What the page may load and run: nothing but its own inline styles and inline images. No
 * script, no inline event handler, no request to any address, even if an escaping bug let
 * a user string through.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The self-contained HTML report: inline SVG charts, inline CSS, no scripts, no network.
 * Every string that came from the user is escaped. The time it was written is a parameter
 * (the clock is read by the CLI, not here), shown in the footer.
 */
export async function buildReport(results: Results, { generatedAt }: { generatedAt?: Date } = {}): Promise<string> {
  const [chart, histogram, analyses, sensitivity, decision] = await Promise.all([
    renderSvg(paybackCurveSpec(results)),
    renderSvg(savingsHistogramSpec(results)),
    analysisSections(results),
    sensitivitySections(results),
    decisionSections(results),
  ]);
  const payback = paybackName(results);
  const { manifest, scenario, p_payback_within_threshold: headline } = results;
  const e = escapeHtml;
  const halfWidth = (headline.ci95[1] - headline.ci95[0]) / 2;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(scenario.name)} · ftroi</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<header>
<p class="kicker">ftroi · fine-tune or keep the API?</p>
<h1>${e(scenario.name)}</h1>
${scenario.description ? `<p class="description">${e(scenario.description)}</p>` : ''}
</header>
<section class="headline" aria-label="headline">
<p class="question">Probability that fine-tuning pays back within ${e(String(headline.threshold_months))} months${payback === 'payback' ? '' : ' (cash-flow payback: growth, price drift, retraining and discounting counted)'}</p>
<p class="answer" id="headline-probability">${formatPercent(headline.estimate)} <span class="pm">± ${formatMargin(halfWidth)}</span></p>
<p class="verdict">${e(capitalized(verdict(headline.estimate)))} within ${e(String(headline.threshold_months))} months <span class="scale">(verdicts: likely from 80%, more likely than not from 60%, a coin flip from 40%, less likely than not from 20%, unlikely below)</span></p>
<p class="ci">95% interval ${formatPercent(headline.ci95[0])} to ${formatPercent(headline.ci95[1])} (Monte Carlo error of ${e(manifest.samples.toLocaleString('en-US'))} samples only). P(monthly savings &gt; 0) = ${formatPercent(results.p_savings_positive.estimate)}.</p>
</section>
${warningsHtml(results.warnings)}
<section aria-label="key figures">
<h2>Key figures</h2>
${keyFiguresTable(results)}
</section>
<section aria-label="payback curve">
<h2>Payback-probability curve</h2>
${figure(
  'payback-curve',
  chart.svg,
  `P(${payback} within m months) for each month m; the band is the 95% Monte Carlo interval, the dashed line the ${e(String(headline.threshold_months))}-month threshold, the dotted line the median. Runs that never pay back stay below the curve's ceiling (${formatPercent(headlinePayback(results).p_infinite)} never do${payback === 'payback' ? '' : ' within the horizon'}).`,
  ['Month', 'P(payback within it)', '95% interval'],
  results.payback_curve.map((p) => [String(p.month), formatPercent(p.probability), `${formatPercent(p.ci95[0])} to ${formatPercent(p.ci95[1])}`]),
)}
</section>
<section aria-label="savings histogram">
<h2>Monthly savings</h2>
${figure(
  'savings-histogram',
  histogram.svg,
  `Monthly savings of the samples from their P1 to their P99; fine-tuning saves money in the shaded bins. P(monthly savings &gt; 0) = ${formatPercent(results.p_savings_positive.estimate)}.`,
  ['From', 'To', 'Share of samples'],
  results.savings_histogram.counts.map((count, k) => [formatUsd(results.savings_histogram.edges[k] ?? null), formatUsd(results.savings_histogram.edges[k + 1] ?? null), formatPercent(count / results.manifest.samples)]),
)}
</section>
${decision}
${analyses}
${sensitivity}
<section aria-label="inputs">
<h2>Inputs</h2>
${inputsTable(roiModel.inputs, results.inputs)}
</section>
<footer>
<p>ftroi ${e(manifest.ftroi_version)} · seed <code>${e(manifest.seed)}</code> · ${e(manifest.samples.toLocaleString('en-US'))} samples in chunks of ${e(manifest.chunk_size.toLocaleString('en-US'))} · months of ${e(String(manifest.hours_per_month))} hours${results.catalog ? ` · prices from the catalog of ${e(results.catalog.date)} (${e(results.catalog.entries.join('; '))})` : ''} · scenario SHA-256 <code>${e(manifest.scenario_sha256)}</code>${generatedAt ? ` · written ${e(generatedAt.toISOString().replace('T', ' ').slice(0, 16))} UTC` : ''}. The same scenario, seed and sample count give the same results.json on any number of workers.</p>
</footer>
</main>
</body>
</html>
`;
}

function warningsHtml(warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  return `<section class="warnings" aria-label="warnings"><h2>Warnings</h2><ul>${warnings
    .map((w) => `<li>${escapeHtml(w)}</li>`)
    .join('')}</ul></section>`;
}

/** Every summarized output, labelled and formatted as the model declares it. */
function keyFiguresTable(results: Results): string {
  const body = SUMMARIZED_OUTPUTS.flatMap((name) => {
    const s = results.outputs[name];
    if (!s) return [];
    const cell = (x: number | null) => `<td>${escapeHtml(formatOutput(s, x))}</td>`;
    return `<tr><th scope="row">${escapeHtml(outputLabel(s))}</th>${cell(s.p10)}${cell(s.p50)}${cell(s.p90)}</tr>`;
  }).join('\n');
  const horizon = results.inputs.horizon_months;
  const months = typeof horizon === 'number' ? `${horizon} months` : 'the horizon';
  const over =
    results.manifest.payback_definition === 'cash_flow'
      ? `NPV, ROI and the cash-flow payback come from the month-by-month cash flows over ${months}.`
      : `NPV, ROI and the cash-flow payback are over ${months} of flat volume and prices, undiscounted: the scenario has no time: section.`;
  return `<table><thead><tr><th></th><th>P10</th><th>Median</th><th>P90</th></tr></thead><tbody>
${body}
</tbody></table>
<p class="ci">${escapeHtml(over)}</p>`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
