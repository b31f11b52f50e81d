import type { TopLevelSpec } from 'vega-lite';
import { chartFrame } from './chart-frame.js';
import type { ProbabilityTornado } from '../src/results/analysis-results.js';
import { TORNADO_ROWS } from './tornado-spec.js';

/**
 * The probability tornado: P(payback <= threshold) with each input pinned at its P10 and
 * at its P90 (every other input sampled), a segment between the two with a dot at each end
 * and its 95% Monte Carlo interval, around the unpinned probability.
 */
export function probabilityTornadoSpec(tornado: ProbabilityTornado): TopLevelSpec {
  const rows = tornado.rows.slice(0, TORNADO_ROWS);
  const ends = rows.flatMap((row, rank) => [
    { rank, input: row.label, pin: 'at P10', p: row.at_p10.estimate, low: row.at_p10.ci95[0], high: row.at_p10.ci95[1] },
    { rank, input: row.label, pin: 'at P90', p: row.at_p90.estimate, low: row.at_p90.ci95[0], high: row.at_p90.ci95[1] },
  ]);
  const spans = rows.map((row, rank) => ({ rank, input: row.label, from: row.at_p10.estimate, to: row.at_p90.estimate }));
  const y = { field: 'input', type: 'nominal' as const, sort: { field: 'rank', order: 'ascending' as const }, title: null, axis: { labelLimit: 240 } };
  const x = { type: 'quantitative' as const, scale: { domain: [0, 1] }, axis: { format: '.0%' } };
  return {
    ...chartFrame(`Chance of paying back within ${tornado.threshold_months} months, one input pinned`),
    width: 460,
    height: { step: 22 },
    layer: [
      { data: { values: spans }, mark: { type: 'rule', color: '#9aa5b8', strokeWidth: 3 }, encoding: { y, x: { ...x, field: 'from', title: `P(payback within ${tornado.threshold_months} months)` }, x2: { field: 'to' } } },
      { data: { values: ends }, mark: { type: 'rule', color: '#5b6475' }, encoding: { y, x: { ...x, field: 'low' }, x2: { field: 'high' } } },
      {
        data: { values: ends },
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          y,
          x: { ...x, field: 'p' },
          color: { field: 'pin', type: 'nominal', title: 'input', scale: { domain: ['at P10', 'at P90'], range: ['#e45756', '#4c78a8'] } },
        },
      },
      { data: { values: [{ base: tornado.base.estimate }] }, mark: { type: 'rule', color: '#1d2330', strokeDash: [4, 3] }, encoding: { x: { field: 'base', type: 'quantitative' } } },
    ],
  };
}
