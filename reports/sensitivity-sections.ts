import { describeFlip } from '../src/format/describe-flip.js';
import { formatCompact, formatPercent, formatUsd } from '../src/format/format-number.js';
import type { Results } from '../src/results/results.js';
import type { ConditionalRow } from '../src/sensitivity/conditional.js';
import type { FlipRow } from '../src/sensitivity/decision-flips.js';
import type { SensitivityResult } from '../src/sensitivity/sensitivity-result.js';
import type { SobolRow } from '../src/sensitivity/sobol.js';
import type { SpearmanRow } from '../src/sensitivity/spearman.js';
import type { EvppiRow, ValueEstimate } from '../src/sensitivity/value-of-information.js';
import { escapeHtml } from './escape-html.js';
import { figure } from './figure.js';
import { renderSvg } from './render-svg.js';
import { convergenceSpec, evppiSpec, sobolSpec, spiderSpec, SPIDER_LINES } from './sensitivity-specs.js';

const ci = (c: readonly [number, number], digits = 3) => `${c[0].toFixed(digits)} to ${c[1].toFixed(digits)}`;
const money = (v: ValueEstimate) => `${formatUsd(v.estimate)} (95% CI ${formatUsd(Math.max(0, v.ci95[0]))} to ${formatUsd(v.ci95[1])})`;

/**
 * "What should we check before committing?": the spider chart, value of information,
 * decision flips, Sobol indices and Spearman when run, the correlations imposed, and how the
 * headline converged.
 */
export async function sensitivitySections(results: Results): Promise<string> {
  const s = results.sensitivity ?? {};
  const sections: string[] = [];
  const label = (path: string) => escapeHtml(path);
  const threshold = results.p_payback_within_threshold.threshold_months;

  const conditional = s.conditional as SensitivityResult<ConditionalRow> | undefined;
  if (conditional && conditional.rows.length > 0) {
    const chart = await renderSvg(spiderSpec(conditional.rows, 'Monthly savings'));
    sections.push(`<section aria-label="spider chart">
<h2>How savings move with each assumption</h2>
${figure(
  'spider',
  chart.svg,
  `The mean monthly savings within each tenth of an input, every other input sampled (${conditional.samples.toLocaleString('en-US')} samples of the main run; the ${SPIDER_LINES} inputs with the widest swings are drawn, all are in the table). A flat line is an assumption that does not matter.`,
  ['Input', 'Savings swing', `P(payback within ${threshold} months) swing`, 'Savings, lowest tenth', 'Savings, highest tenth'],
  conditional.rows.map((r) => [r.label, formatUsd(r.metric_swing), r.p_event_swing === null ? '' : `${(100 * r.p_event_swing).toFixed(1)} points`, formatUsd(r.bins[0]?.metric_mean ?? null), formatUsd(r.bins.at(-1)?.metric_mean ?? null)]),
)}
</section>`);
  }

  const evppi = s.evppi as SensitivityResult<EvppiRow> | undefined;
  if (evppi && evppi.rows.length > 0) {
    const chart = await renderSvg(evppiSpec(evppi.rows));
    const evpi = evppi.evpi as ValueEstimate;
    sections.push(`<section aria-label="value of information">
<h2>What it is worth to know first</h2>
${figure(
  'evppi',
  chart.svg,
  `The decision is fine-tune or stay on the API, judged by its net value over the model's life (savings before amortization times the lifetime, less the project). Without more information the better choice is to <strong>${escapeHtml(String(evppi.decision_without_information))}</strong>. Knowing every input before deciding would be worth ${escapeHtml(money(evpi))} (EVPI); each bar is what knowing that one input is worth (EVPPI, from 100 equal-probability bins of ${evppi.samples.toLocaleString('en-US')} samples; whiskers are 95% Monte Carlo intervals). An input worth $0 cannot change the decision on its own.`,
  ['Input', 'EVPPI', '95% interval'],
  evppi.rows.map((r) => [r.label, formatUsd(r.evppi.estimate), `${formatUsd(Math.max(0, r.evppi.ci95[0]))} to ${formatUsd(r.evppi.ci95[1])}`]),
)}
</section>`);
  }

  const flip = s.flip as SensitivityResult<FlipRow> | undefined;
  if (flip && flip.rows.length > 0) {
    const levels = flip.levels as readonly number[];
    const th = ['Input', ...levels.map((l) => `P(payback within ${threshold} months) crosses ${formatPercent(l)} at`)].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
    const body = flip.rows.map((r) => `<tr><th scope="row">${label(r.label)}</th>${r.flips.map((f) => `<td>${escapeHtml(describeFlip(f))}</td>`).join('')}</tr>`).join('\n');
    sections.push(`<section aria-label="decision flips">
<h2>Where the answer flips</h2>
<p>For each input, the value (and its percentile) at which the chance of paying back within ${threshold} months crosses each level, every other input sampled; "never" when it stays on one side across the input's range. Located within 5 percentiles (20 bins of ${flip.samples.toLocaleString('en-US')} samples).</p>
<table id="decision-flips"><thead><tr>${th}</tr></thead><tbody>
${body}
</tbody></table>
</section>`);
  }

  const sobol = s.sobol as SensitivityResult<SobolRow> | undefined;
  if (sobol) {
    const chart = await renderSvg(sobolSpec(sobol.rows));
    sections.push(`<section aria-label="sobol indices">
<h2>Sobol indices</h2>
${figure(
  'sobol',
  chart.svg,
  `The share of the variance of ${escapeHtml(sobol.metric)} each input explains alone (first order) and with its interactions (total), from a Saltelli design of ${sobol.samples.toLocaleString('en-US')} base rows (${sobol.evaluations.toLocaleString('en-US')} model evaluations); whiskers are 95% bootstrap intervals. Inputs are taken as independent.`,
  ['Input', 'First order', '95% interval', 'Total', '95% interval'],
  sobol.rows.map((r) => [r.label, r.s1.estimate.toFixed(3), ci(r.s1.ci95), r.st.estimate.toFixed(3), ci(r.st.ci95)]),
)}
</section>`);
  }

  const spearman = s.spearman as SensitivityResult<SpearmanRow> | undefined;
  if (spearman) {
    const rows = spearman.rows.map((r) => `<tr><th scope="row">${label(r.label)}</th><td>${r.spearman.estimate.toFixed(3)}</td><td>${escapeHtml(ci(r.spearman.ci95))}</td></tr>`).join('\n');
    sections.push(`<section aria-label="rank correlations">
<h2>Rank correlation with ${escapeHtml(spearman.metric)}</h2>
<table id="spearman"><thead><tr><th scope="col">Input</th><th scope="col">Spearman</th><th scope="col">95% interval</th></tr></thead><tbody>
${rows}
</tbody></table>
</section>`);
  }

  if (results.correlations.length > 0) {
    const rows = results.correlations
      .map((c) => `<tr><th scope="row">${label(c.a)} ~ ${label(c.b)}</th><td>${c.target.toFixed(2)}</td><td>${c.achieved.estimate.toFixed(3)}</td><td>${escapeHtml(ci(c.achieved.ci95))}</td></tr>`)
      .join('\n');
    sections.push(`<section aria-label="correlations">
<h2>Correlated inputs</h2>
<p>Rank correlations the scenario asks for, imposed within each chunk by Iman-Conover (each input keeps exactly its own distribution), and those achieved.</p>
<table id="correlations"><thead><tr><th scope="col">Pair</th><th scope="col">Target</th><th scope="col">Achieved</th><th scope="col">95% interval</th></tr></thead><tbody>
${rows}
</tbody></table>
</section>`);
  }

  if (results.convergence.length > 1) {
    const chart = await renderSvg(convergenceSpec(results.convergence, threshold));
    const last = results.convergence.at(-1);
    sections.push(`<section aria-label="convergence">
<h2>Is it enough samples?</h2>
${figure(
  'convergence',
  chart.svg,
  `The headline probability as samples accumulated, with its 95% Monte Carlo band; ${last ? `after ${formatCompact(last.samples)} samples it is ${formatPercent(last.estimate)}` : ''}. A band still narrowing fast means more samples would move the answer (ftroi run --precision 0.005 samples until it is known to ±0.5 points).`,
  ['Samples', 'Estimate', '95% interval'],
  results.convergence.map((p) => [p.samples.toLocaleString('en-US'), formatPercent(p.estimate), `${formatPercent(p.ci95[0])} to ${formatPercent(p.ci95[1])}`]),
)}
</section>`);
  }
  return sections.join('\n');
}
