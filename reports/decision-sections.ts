import { formatMargin, formatPercent, formatUsd } from '../src/format/format-number.js';
import type { Results } from '../src/results/results.js';
import { escapeHtml } from './escape-html.js';
import { figure } from './figure.js';
import { optionsCurvesSpec } from './options-curves-spec.js';
import { renderSvg } from './render-svg.js';

/** The options compared on common random numbers, and the non-financial checklist. */
export async function decisionSections(results: Results): Promise<string> {
  return [await optionsSection(results), factorsSection(results)].join('\n');
}

async function optionsSection({ options }: Results): Promise<string> {
  if (!options) return '';
  const e = escapeHtml;
  const { svg } = await renderSvg(optionsCurvesSpec(options));
  const rows = options.alternatives.map(
    (a) =>
      `<tr><th scope="row"><strong>${e(a.name)}</strong>${a.description ? `<span class="note">${e(a.description)}</span>` : ''}</th><td>${formatPercent(a.p_best.estimate)} <span class="pm">± ${formatMargin((a.p_best.ci95[1] - a.p_best.ci95[0]) / 2)}</span></td><td>${e(formatUsd(a.expected_regret.mean))}</td><td>${e(formatUsd(a.npv.p5))}</td><td>${e(formatUsd(a.npv.p50))}</td><td>${e(formatUsd(a.npv.p95))}</td><td>${a.p_payback_within_threshold ? formatPercent(a.p_payback_within_threshold.estimate) : 'n/a'}</td></tr>`,
  );
  return `<section aria-label="options">
<h2>Options side by side</h2>
<p>Every option is evaluated on the same ${e(options.samples.toLocaleString('en-US'))} draws: an input an option does not change takes the same value in each (common random numbers: ${e(String(options.shared_inputs.length))} shared uncertain inputs), so the differences are the options', not the dice's. NPV is against staying on the API, over the cash-flow horizon. Expected regret is what choosing the option gives up on average against the best one of each draw.</p>
<div class="table-scroll"><table class="options"><thead><tr><th scope="col">Option</th><th>P(best by NPV)</th><th>Expected regret</th><th>NPV P5</th><th>NPV median</th><th>NPV P95</th><th>P(payback &le; ${e(String(options.threshold_months))} months)</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>
${figure(
  'options-curves',
  svg,
  'Each option\'s payback-probability curve, on the same draws; the dashed line is the threshold.',
  ['Option', 'Month', 'P(payback within it)'],
  options.alternatives.flatMap((a) => (a.payback_curve ?? []).filter((p) => p.month % 6 === 0).map((p) => [a.name, String(p.month), formatPercent(p.probability)])),
)}
</section>`;
}

function factorsSection({ factors }: Results): string {
  if (!factors) return '';
  const e = escapeHtml;
  const rows = factors.lines.map((line) => `<tr><th scope="row">${e(line.factor)}</th><td>${e(line.value)}</td><td>${line.points === null ? 'not scored' : line.points > 0 ? `+${line.points}` : String(line.points)}</td></tr>`);
  return `<section aria-label="non-financial factors">
<h2>Beside the numbers: non-financial factors</h2>
<p>A common quick-screen checklist, scored before any simulation (positive leans to fine-tuning). It is shown beside the Monte Carlo answers and never mixed into the money.</p>
<table class="factors"><thead><tr><th scope="col">Factor</th><th>Given</th><th>Points</th></tr></thead><tbody>
${rows.join('\n')}
</tbody><tfoot><tr><th scope="row">Score</th><td colspan="2">${e(String(factors.score))}: ${e(factors.verdict)}</td></tr></tfoot></table>
</section>`;
}
