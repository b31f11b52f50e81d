import type { TopLevelSpec } from 'vega-lite';
import { chartFrame } from './chart-frame.js';
import type { Results } from '../src/results/results.js';

/** Monthly savings as a histogram from its P1 to its P99, the bins above zero shaded. */
export function savingsHistogramSpec(results: Results): TopLevelSpec {
  const { edges, counts } = results.savings_histogram;
  const total = results.manifest.samples;
  const values = counts.map((count, k) => ({
    from: edges[k],
    to: edges[k + 1],
    share: count / total,
    side: (edges[k] as number) >= 0 ? 'saves money' : 'costs more',
  }));
  return {
    ...chartFrame('Monthly savings across the samples'),
    width: 560,
    height: 220,
    layer: [
      {
        data: { values },
        mark: { type: 'bar', binSpacing: 1 },
        encoding: {
          x: { field: 'from', type: 'quantitative', title: 'Monthly savings ($/month)', axis: { format: '$,.0f' }, bin: { binned: true } },
          x2: { field: 'to' },
          y: { field: 'share', type: 'quantitative', title: 'Share of samples', axis: { format: '.0%' } },
          color: { field: 'side', type: 'nominal', title: null, scale: { domain: ['saves money', 'costs more'], range: ['#4c78a8', '#c9ced8'] } },
        },
      },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#1d2330' }, encoding: { x: { field: 'zero', type: 'quantitative' } } },
    ],
  };
}
