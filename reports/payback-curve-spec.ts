import type { TopLevelSpec } from 'vega-lite';
import { chartFrame } from './chart-frame.js';
import { headlinePayback, type Results } from '../src/results/results.js';

/**
 * P(payback <= m) against month m (exact at whole months, drawn smooth between), with its
 * 95% Monte Carlo band, a dashed rule at the threshold and a dotted one at the median payback. Data are pre-aggregated: the spec holds 37 rows, never samples.
 */
export function paybackCurveSpec(results: Results): TopLevelSpec {
  const threshold = results.p_payback_within_threshold.threshold_months;
  const median = headlinePayback(results).p50;
  const values = results.payback_curve.map(({ month, probability, ci95 }) => ({
    month,
    probability,
    low: ci95[0],
    high: ci95[1],
  }));
  const x = {
    field: 'month',
    type: 'quantitative' as const,
    title: 'Months after launch',
    scale: { domain: [0, values.length - 1], nice: false },
  };
  return {
    ...chartFrame('Chance of paying back, month by month'),
    width: 560,
    height: 280,
    data: { values },
    layer: [
      {
        mark: { type: 'area', opacity: 0.25, color: '#4c78a8', interpolate: 'monotone' },
        encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
      },
      {
        mark: { type: 'line', color: '#4c78a8', strokeWidth: 2, interpolate: 'monotone' },
        encoding: {
          x,
          y: {
            field: 'probability',
            type: 'quantitative',
            title: 'P(payback within month)',
            scale: { domain: [0, 1] },
            axis: { format: '.0%' },
          },
        },
      },
      {
        data: { values: [{ threshold }] },
        mark: { type: 'rule', strokeDash: [6, 4], color: '#e45756' },
        encoding: { x: { field: 'threshold', type: 'quantitative' } },
      },
      // The median payback, where it happens inside the curve's months.
      ...(median !== null && median <= values.length - 1
        ? [
            {
              data: { values: [{ median, label: `median ${median.toFixed(1)} months` }] },
              layer: [
                { mark: { type: 'rule' as const, strokeDash: [2, 3], color: '#1d2330' }, encoding: { x: { field: 'median', type: 'quantitative' as const } } },
                {
                  mark: { type: 'text' as const, align: 'left' as const, dx: 4, dy: -6, y: 12, color: '#1d2330', fontSize: 11 },
                  encoding: { x: { field: 'median', type: 'quantitative' as const }, text: { field: 'label', type: 'nominal' as const } },
                },
              ],
            },
          ]
        : []),
    ],
  };
}
