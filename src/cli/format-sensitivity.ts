import { formatCompact, formatPercent, formatUsd } from '../format/format-number.js';
import type { ConditionalRow } from '../sensitivity/conditional.js';
import type { FlipRow } from '../sensitivity/decision-flips.js';
import { describeFlip } from '../format/describe-flip.js';
import type { SensitivityResult } from '../sensitivity/sensitivity-result.js';
import type { SobolRow } from '../sensitivity/sobol.js';
import type { SpearmanRow } from '../sensitivity/spearman.js';
import type { EvppiRow, ValueEstimate } from '../sensitivity/value-of-information.js';
import { formatTable } from './format-table.js';

const fixed = (x: number, digits = 3) => (Number.isFinite(x) ? (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x).toFixed(digits) : 'n/a');
const interval = (ci: readonly [number, number], digits = 3) => `[${fixed(ci[0], digits)}, ${fixed(ci[1], digits)}]`;
const money = (v: ValueEstimate) => `${formatUsd(v.estimate)} ± ${formatUsd(1.959963984540054 * v.standard_error)}`;

/** A method's rows as a plain-text table, with one line saying what was computed. */
export function formatSensitivity(result: SensitivityResult): string {
  const head = `${result.method}: ${result.metric} · ${result.samples.toLocaleString('en-US')} ${result.method === 'sobol' ? 'base rows' : 'samples'} · ${result.evaluations.toLocaleString('en-US')} model evaluations`;
  return `${head}\n\n${TABLES[result.method](result as never)}\n`;
}

const TABLES: { readonly [M in SensitivityResult['method']]: (result: SensitivityResult<never>) => string } = {
  sobol: (result) =>
    formatTable([
      ['input', 'first order S1', '95% CI', 'total ST', '95% CI'],
      ...(result.rows as readonly SobolRow[]).map((r) => [r.input, fixed(r.s1.estimate), interval(r.s1.ci95), fixed(r.st.estimate), interval(r.st.ci95)]),
    ]),
  spearman: (result) =>
    formatTable([
      ['input', 'Spearman rho', '95% CI'],
      ...(result.rows as readonly SpearmanRow[]).map((r) => [r.input, fixed(r.spearman.estimate), interval(r.spearman.ci95)]),
    ]),
  conditional: (result) =>
    formatTable([
      ['input', 'metric swing (10 bins)', 'P(event) swing', 'lowest bin', 'highest bin'],
      ...(result.rows as readonly ConditionalRow[]).map((r) => [
        r.input,
        formatCompact(r.metric_swing),
        r.p_event_swing === null ? '' : `${(100 * r.p_event_swing).toFixed(1)} pts`,
        formatCompact(r.bins[0]?.metric_mean ?? Number.NaN),
        formatCompact(r.bins.at(-1)?.metric_mean ?? Number.NaN),
      ]),
    ]),
  evppi: (result) =>
    [
      `EVPI (knowing every input before deciding): ${money(result.evpi as ValueEstimate)}; without information: ${String(result.decision_without_information)}`,
      '',
      formatTable([['input', 'EVPPI (95% CI)'], ...(result.rows as readonly EvppiRow[]).map((r) => [r.input, money(r.evppi)])]),
    ].join('\n'),
  flip: (result) => {
    const levels = result.levels as readonly number[];
    return formatTable([
      ['input', ...levels.map((l) => `P(event) crosses ${formatPercent(l)} at`)],
      ...(result.rows as readonly FlipRow[]).map((r) => [r.input, ...r.flips.map(describeFlip)]),
    ]);
  },
};
