import type { TopLevelSpec } from 'vega-lite';
import type { OptionsComparison } from '../src/results/analysis-results.js';
import { chartFrame } from './chart-frame.js';

/** Each option's payback-probability curve, overlaid: computed on the same draws. */
export function optionsCurvesSpec(comparison: OptionsComparison): TopLevelSpec {
  const values = comparison.alternatives.flatMap((a) => (a.payback_curve ?? []).map(({ month, probability }) => ({ option: a.name, month, probability })));
  const lastMonth = Math.max(0, ...values.map((v) => v.month));
  return {
    ...chartFrame('Chance of paying back, option by option'),
    width: 560,
    height: 260,
    data: { values },
    layer: [
      {
        mark: { type: 'line', strokeWidth: 2, interpolate: 'monotone' },
        encoding: {
          x: { field: 'month', type: 'quantitative', title: 'Months after launch', scale: { domain: [0, lastMonth], nice: false } },
          y: { field: 'probability', type: 'quantitative', title: 'P(payback within month)', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
          color: { field: 'option', type: 'nominal', title: null, legend: { orient: 'bottom', direction: 'vertical', labelLimit: 400 } },
        },
      },
      {
        data: { values: [{ threshold: comparison.threshold_months }] },
        mark: { type: 'rule', strokeDash: [6, 4], color: '#e45756' },
        encoding: { x: { field: 'threshold', type: 'quantitative' } },
      },
    ],
  };
}
