import { formatCompact, formatMonths, formatPercent, formatUsd } from '../src/format/format-number.js';
import type { TrainingSplit } from '../src/results/analysis-results.js';
import type { Results } from '../src/results/results.js';
import { breakEvenBandsSpec } from './break-even-bands-spec.js';
import { costBreakdownSpec } from './cost-breakdown-spec.js';
import { escapeHtml } from './escape-html.js';
import { figure } from './figure.js';
import { probabilityTornadoSpec } from './probability-tornado-spec.js';
import { renderSvg } from './render-svg.js';
import { TORNADO_ROWS, tornadoSpec } from './tornado-spec.js';

const value = (x: number, unit: string) => `${formatCompact(x)} ${unit}`.trim();

/**
 * "Which assumption matters most" (both tornadoes) and "at what volume does it stop paying"
 * (the break-even bands), when the run made them (not with --no-report).
 */
export async function analysisSections(results: Results): Promise<string> {
  const sections: string[] = [];
  const { tornado, probability_tornado: pins, break_even_bands: bands, cost_breakdown: costs } = results;
  if (costs) {
    const chart = await renderSvg(costBreakdownSpec(costs));
    sections.push(`<section aria-label="cost breakdown">
<h2>What it costs</h2>
${figure(
  'cost-breakdown',
  chart.svg,
  `Once, for the project: training compute, checkpoint and dataset storage, data processing, network transfer (each over all runs) and engineering. Every month: the API bill it replaces, then serving, storage, maintenance, the change in human-review and incident cost, and the project amortized over the model's life. Training: one run and one experiment (lines that are zero in every sample are left out). Bars span P10 to P90, the tick is the median (${costs.samples.toLocaleString('en-US')} samples).`,
  ['Cost', 'P10', 'Median', 'P90'],
  [...costs.one_time, ...costs.monthly].map((line) => [line.label, formatUsd(line.p10), formatUsd(line.p50), formatUsd(line.p90)]),
)}
${trainingSplitTable(costs.training_split)}
</section>`);
  }
  if (tornado && pins) {
    const payback = tornado.metric === 'payback_months';
    const metricTitle = payback ? 'Payback (months)' : 'Monthly savings ($/month)';
    const show = (x: number) => (payback ? formatMonths(x) : formatUsd(x));
    const [valueChart, pinChart] = await Promise.all([renderSvg(tornadoSpec(tornado, metricTitle, payback ? '.1f' : '$,.0f')), renderSvg(probabilityTornadoSpec(pins))]);
    sections.push(`<section aria-label="which assumption matters most">
<h2>Which assumption matters most</h2>
${figure(
  'tornado',
  valueChart.svg,
  `${payback ? 'Payback' : 'Monthly savings'} with one input at its P10 and then its P90, every other input at its median (${escapeHtml(show(tornado.base))}, the dashed line). The ${TORNADO_ROWS} widest swings are shown${payback ? '; an input whose P10 or P90 means never paying back is in the table only' : ''}.`,
  ['Input', 'P10', 'P90', `${payback ? 'Payback' : 'Savings'} at P10`, `${payback ? 'Payback' : 'Savings'} at P90`, 'Swing'],
  tornado.rows.map((r) => [r.label, value(r.p10, r.unit), value(r.p90, r.unit), show(r.at_p10), show(r.at_p90), show(r.swing)]),
)}
${figure(
  'probability-tornado',
  pinChart.svg,
  `P(payback within ${pins.threshold_months} months) with one input pinned at its P10 (red) and then its P90 (blue) while every other input is sampled, on common random numbers (${pins.samples.toLocaleString('en-US')} samples a pin; the whiskers are 95% Monte Carlo intervals). The dashed line is the probability with nothing pinned.`,
  ['Input', 'P10', 'P90', 'P(payback) at P10', 'P(payback) at P90'],
  pins.rows.map((r) => [r.label, formatCompact(r.p10), formatCompact(r.p90), formatPercent(r.at_p10.estimate), formatPercent(r.at_p90.estimate)]),
)}
</section>`);
  }
  if (bands) {
    const chart = await renderSvg(breakEvenBandsSpec(bands));
    sections.push(`<section aria-label="break-even bands">
<h2>At what volume does it pay?</h2>
${figure(
  'break-even-bands',
  chart.svg,
  `Monthly savings against daily token volume (requests per day set from 1/100 to 100 times the scenario's, every other input sampled): the P5-P95 and P25-P75 bands and the median line. Above the zero line fine-tuning saves money; the dashed line is the scenario's volume (${escapeHtml(formatCompact(bands.current_volume))} tokens/day). ${breakEvenWords(bands.break_even)}`,
  ['Tokens/day', 'P5', 'P25', 'Median', 'P75', 'P95'],
  bands.volumes.map((v, k) => [formatCompact(v), ...[bands.p5, bands.p25, bands.p50, bands.p75, bands.p95].map((b) => formatUsd(b[k] ?? null))]),
)}
</section>`);
  }
  return sections.join('\n');
}

/** The break-even volume's median and 90% interval, in words (the reference calculation's). */
function breakEvenWords(breakEven: { p5: number | null; p50: number | null; p95: number | null }): string {
  const { p5, p50, p95 } = breakEven;
  if (p50 === null) return 'In most samples there is no break-even volume: serving costs more at any volume.';
  const bounds = p5 !== null && p95 !== null ? ` (90% interval ${formatCompact(p5)} to ${formatCompact(p95)})` : '';
  return `Break-even volume, serving and storage against the API alone: median ${formatCompact(p50)} tokens/day${bounds}.`;
}

/** Training's cost per run, experiment and project, split by kind, at the point values. */
function trainingSplitTable(split: TrainingSplit): string {
  const shown = split.lines.filter((line) => line.line === 'total' || line.per_project !== 0 || line.per_run !== 0);
  // Cents: a run's storage or transfer is often a few dollars.
  const cell = (x: number) => `<td>${escapeHtml(formatUsd(x, true))}</td>`;
  const rows = shown.map((line) => `<tr><th scope="row">${escapeHtml(line.label)}</th>${cell(line.per_run)}${cell(line.per_experiment)}${cell(line.per_project)}</tr>`);
  const plural = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;
  return `<h3>Training, run by run</h3>
<div class="table-scroll"><table class="training-split"><thead><tr><th scope="col">Training cost</th><th>Per run</th><th>Per experiment (${escapeHtml(plural(split.runs_per_experiment, 'run'))})</th><th>Per project (${escapeHtml(plural(split.runs, 'run'))})</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>
<p class="ci">At the inputs' point values (each distribution's median), as <code>ftroi estimate</code> computes them; lines that are zero are left out.</p>`;
}
