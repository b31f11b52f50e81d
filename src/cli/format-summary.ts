import { formatMargin, formatPercent } from '../format/format-number.js';
import { formatOutput, outputLabel } from '../format/format-output.js';
import { NEVER_PAYS_BACK_WARNING } from '../results/build-results.js';
import type { Results, SummarizedOutput } from '../results/results.js';
import { formatTable } from './format-table.js';

export interface RunFacts {
  readonly workers: number;
  readonly seconds: number;
  readonly written: readonly string[];
}

/** The outputs the terminal summary shows, P10 / median / P90 each. */
const SUMMARY_OUTPUTS: readonly SummarizedOutput[] = ['monthly_savings', 'payback_months', 'break_even_tokens_per_day', 'total_project_cost'];

/** The few lines `ftroi run` prints: the headline probability first. */
export function formatSummary(results: Results, facts: RunFacts): string {
  const { manifest, p_payback_within_threshold: headline, p_savings_positive: positive, outputs } = results;
  const half = (ci: readonly [number, number]) => formatMargin((ci[1] - ci[0]) / 2);
  const lines = [
    results.scenario.name,
    `${manifest.samples.toLocaleString('en-US')} samples · seed "${manifest.seed}" · ${facts.workers} worker${facts.workers === 1 ? '' : 's'} · ${facts.seconds.toFixed(1)} s`,
    '',
    formatTable([
      [
        `P(payback <= ${headline.threshold_months} months)`,
        formatPercent(headline.estimate),
        `± ${half(headline.ci95)}`,
        `(95% CI ${formatPercent(headline.ci95[0])} to ${formatPercent(headline.ci95[1])})`,
      ],
      ['P(monthly savings > 0)', formatPercent(positive.estimate), `± ${half(positive.ci95)}`, ''],
    ]),
    '',
    formatTable([
      ['', 'P10', 'median', 'P90'],
      ...SUMMARY_OUTPUTS.map((name) => {
        const s = outputs[name];
        return [outputLabel(s), formatOutput(s, s.p10), formatOutput(s, s.p50), formatOutput(s, s.p90)];
      }),
    ]),
  ];
  const decisive = results.probability_tornado?.rows[0];
  if (decisive) {
    lines.push(
      '',
      `  Matters most: ${decisive.label}. P(payback <= ${headline.threshold_months} months) is ${formatPercent(decisive.at_p10.estimate)} with it at its P10, ${formatPercent(decisive.at_p90.estimate)} at its P90.`,
    );
  }
  // From NEVER_PAYS_BACK_WARNING on, a warning says it (below).
  if (outputs.payback_months.p_infinite > 0 && outputs.payback_months.p_infinite < NEVER_PAYS_BACK_WARNING) {
    lines.push('', `  ${formatPercent(outputs.payback_months.p_infinite)} of samples never pay back (shown as "never").`);
  }
  for (const warning of results.warnings) lines.push(`  warning: ${warning}`);
  lines.push('', ...facts.written.map((file, i) => `${i === 0 ? 'Wrote' : '     '} ${file}`));
  return `${lines.join('\n')}\n`;
}
