import { formatMargin, formatPercent } from '../format/format-number.js';
import { formatOutput, outputLabel } from '../format/format-output.js';
import { NEVER_PAYS_BACK_WARNING } from '../results/build-results.js';
import type { OptionsComparison } from '../results/analysis-results.js';
import { headlinePayback, keyOutputs, paybackName, type Results } from '../results/results.js';
import { formatTable } from './format-table.js';

export interface RunFacts {
  readonly workers: number;
  readonly seconds: number;
  readonly written: readonly string[];
}

/** The few lines `ftroi run` prints: the headline probability first. */
/** A pin that moves the headline by less than this (half a point) is not worth naming. */
const MATTERS_AT_LEAST = 0.005;

export function formatSummary(results: Results, facts: RunFacts): string {
  const { manifest, p_payback_within_threshold: headline, p_savings_positive: positive, outputs } = results;
  const half = (ci: readonly [number, number]) => formatMargin((ci[1] - ci[0]) / 2);
  const lines = [
    results.scenario.name,
    `${manifest.samples.toLocaleString('en-US')} samples · seed "${manifest.seed}" · ${facts.workers} worker${facts.workers === 1 ? '' : 's'} · ${facts.seconds.toFixed(1)} s`,
    '',
    formatTable([
      [
        `P(${paybackName(results)} <= ${headline.threshold_months} months)`,
        formatPercent(headline.estimate),
        `± ${half(headline.ci95)}`,
        `(95% CI ${formatPercent(headline.ci95[0])} to ${formatPercent(headline.ci95[1])})`,
      ],
      ['P(monthly savings > 0)', formatPercent(positive.estimate), `± ${half(positive.ci95)}`, ''],
    ]),
    '',
    formatTable([
      ['', 'P10', 'median', 'P90'],
      ...keyOutputs(results).map((s) => {
        return [outputLabel(s), formatOutput(s, s.p10), formatOutput(s, s.p50), formatOutput(s, s.p90)];
      }),
    ]),
  ];
  const decisive = results.probability_tornado?.rows[0];
  const event = `P(${paybackName(results)} <= ${headline.threshold_months} months)`;
  if (decisive && Math.abs(decisive.at_p90.estimate - decisive.at_p10.estimate) < MATTERS_AT_LEAST) {
    // Pins that move nothing name no input: the answer does not hang on any one of them.
    lines.push('', `  Matters most: no single input; pinning any at its P10 or P90 moves ${event} by less than ${formatPercent(MATTERS_AT_LEAST)}.`);
  } else if (decisive) {
    lines.push('', `  Matters most: ${decisive.label}. ${event} is ${formatPercent(decisive.at_p10.estimate)} with it at its P10, ${formatPercent(decisive.at_p90.estimate)} at its P90.`);
  }
  // From NEVER_PAYS_BACK_WARNING on, a warning says it (below).
  const never = headlinePayback(results).p_infinite;
  if (never > 0 && never < NEVER_PAYS_BACK_WARNING) {
    lines.push('', `  ${formatPercent(never)} of samples never pay back${results.manifest.payback_definition === 'cash_flow' ? ' within the horizon' : ''} (shown as "never").`);
  }
  if (results.options) lines.push('', ...optionLines(results.options));
  if (results.factors) {
    const { score, verdict } = results.factors;
    lines.push('', `  Quick screen (non-financial checklist, kept out of the numbers): score ${score > 0 ? '+' : ''}${score}, ${verdict}.`);
  }
  for (const warning of results.warnings) lines.push(`  warning: ${warning}`);
  lines.push('', ...facts.written.map((file, i) => `${i === 0 ? 'Wrote' : '     '} ${file}`));
  return `${lines.join('\n')}\n`;
}

/** The options compared on common random numbers: P(best by NPV), regret, median NPV. */
function optionLines(comparison: OptionsComparison): string[] {
  const usd = (x: number | null) => formatOutput({ format: 'usd' }, x);
  return [
    `  Options on common random numbers (${comparison.samples.toLocaleString('en-US')} samples, NPV over the horizon):`,
    formatTable([
      ['', 'P(best)', 'expected regret', 'median NPV'],
      ...comparison.alternatives.map((a) => [a.name, formatPercent(a.p_best.estimate), usd(a.expected_regret.mean), usd(a.npv.p50)]),
    ]),
  ];
}
