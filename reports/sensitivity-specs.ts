import type { TopLevelSpec } from 'vega-lite';
import type { ConvergencePoint } from '../src/results/results.js';
import type { ConditionalRow } from '../src/sensitivity/conditional.js';
import type { SobolRow } from '../src/sensitivity/sobol.js';
import type { EvppiRow } from '../src/sensitivity/value-of-information.js';
import { chartFrame } from './chart-frame.js';

/** Inputs the spider chart draws (more lines are a tangle); the table has them all. */
export const SPIDER_LINES = 6;
/** Bars of the EVPPI and Sobol charts. */
export const INDEX_ROWS = 12;

const inputAxis = { field: 'input', type: 'nominal' as const, sort: { field: 'rank', op: 'min' as const, order: 'ascending' as const }, title: null, axis: { labelLimit: 240 } };

/** The spider chart: the metric's mean within each tenth of each input, the widest swings first. */
export function spiderSpec(rows: readonly ConditionalRow[], metricTitle: string): TopLevelSpec {
  const values = rows.slice(0, SPIDER_LINES).flatMap((row) => row.bins.map((bin) => ({ input: row.label, percentile: bin.percentile, mean: bin.metric_mean })));
  return {
    ...chartFrame(`${metricTitle} within each tenth of an input, the others sampled`),
    width: 460,
    height: 260,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'percentile', type: 'quantitative', scale: { domain: [0, 1] }, axis: { format: '.0%' }, title: 'Percentile of the input' },
      y: { field: 'mean', type: 'quantitative', title: metricTitle, axis: { format: '$,.0f' } },
      color: { field: 'input', type: 'nominal', title: null, legend: { orient: 'bottom', columns: 2, labelLimit: 260 } },
    },
  };
}

/** EVPPI of each input in dollars with its 95% interval. */
export function evppiSpec(rows: readonly EvppiRow[]): TopLevelSpec {
  const values = rows.slice(0, INDEX_ROWS).map((row, rank) => ({ rank, input: row.label, value: row.evppi.estimate, low: Math.max(0, row.evppi.ci95[0]), high: row.evppi.ci95[1] }));
  const x = { type: 'quantitative' as const, axis: { format: '$,.0f' }, title: 'Expected value of knowing the input before deciding' };
  return {
    ...chartFrame('What pinning each assumption down is worth (EVPPI)'),
    width: 460,
    height: { step: 22 },
    data: { values },
    layer: [
      { mark: { type: 'bar', color: '#4c78a8' }, encoding: { y: inputAxis, x: { ...x, field: 'value' } } },
      { mark: { type: 'rule', color: '#1d2330' }, encoding: { y: inputAxis, x: { ...x, field: 'low' }, x2: { field: 'high' } } },
    ],
  };
}

/** First-order and total Sobol indices side by side, with bootstrap whiskers. */
export function sobolSpec(rows: readonly SobolRow[]): TopLevelSpec {
  const values = rows.slice(0, INDEX_ROWS).flatMap((row, rank) => [
    { rank, input: row.label, index: 'first order S1', value: row.s1.estimate, low: row.s1.ci95[0], high: row.s1.ci95[1] },
    { rank, input: row.label, index: 'total ST', value: row.st.estimate, low: row.st.ci95[0], high: row.st.ci95[1] },
  ]);
  const x = { type: 'quantitative' as const, scale: { domain: [0, 1] }, title: 'Share of the variance' };
  const color = { field: 'index', type: 'nominal' as const, title: null, scale: { domain: ['first order S1', 'total ST'], range: ['#4c78a8', '#f58518'] } };
  const yOffset = { field: 'index', type: 'nominal' as const };
  return {
    ...chartFrame('Sobol indices: the share of the variance each input explains'),
    width: 460,
    height: { step: 14 },
    data: { values },
    layer: [
      { mark: { type: 'bar' }, encoding: { y: inputAxis, yOffset, x: { ...x, field: 'value' }, color } },
      { mark: { type: 'rule', color: '#1d2330' }, encoding: { y: inputAxis, yOffset, x: { ...x, field: 'low' }, x2: { field: 'high' } } },
    ],
  };
}

/** The headline as samples accumulated, with its 95% band. */
export function convergenceSpec(points: readonly ConvergencePoint[], thresholdMonths: number): TopLevelSpec {
  const values = points.map((p) => ({ samples: p.samples, estimate: p.estimate, low: p.ci95[0], high: p.ci95[1] }));
  const x = { field: 'samples', type: 'quantitative' as const, scale: { type: 'log' as const }, title: 'Samples', axis: { format: '~s' } };
  const y = { type: 'quantitative' as const, scale: { zero: false }, axis: { format: '.0%' }, title: `P(payback within ${thresholdMonths} months)` };
  return {
    ...chartFrame('How the headline settled as samples grew'),
    width: 460,
    height: 200,
    data: { values },
    layer: [
      { mark: { type: 'area', color: '#4c78a8', opacity: 0.25 }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' } } },
      { mark: { type: 'line', color: '#4c78a8' }, encoding: { x, y: { ...y, field: 'estimate' } } },
    ],
  };
}
