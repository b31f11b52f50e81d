import type { TopLevelSpec } from 'vega-lite';
import { chartFrame } from './chart-frame.js';
import type { BreakEvenBands } from '../src/results/analysis-results.js';

/**
 * Monthly savings against daily token volume on a log axis: the P5-P95 and P25-P75 bands,
 * the P50 line, the zero line and the scenario's volume. Savings are drawn on a symmetric
 * log scale, since they run from a few dollars to millions either side of zero.
 */
export function breakEvenBandsSpec(bands: BreakEvenBands): TopLevelSpec {
  const values = bands.volumes.map((volume, k) => ({
    volume,
    p5: bands.p5[k],
    p25: bands.p25[k],
    p50: bands.p50[k],
    p75: bands.p75[k],
    p95: bands.p95[k],
  }));
  const x = { field: 'volume', type: 'quantitative' as const, title: 'Daily token volume (tokens/day, log scale)', scale: { type: 'log' as const }, axis: { format: '~s' } };
  const y = { type: 'quantitative' as const, scale: { type: 'symlog' as const, constant: 1000 }, axis: { format: '$~s' } };
  return {
    ...chartFrame('Monthly savings against daily token volume'),
    width: 560,
    height: 300,
    layer: [
      { data: { values }, mark: { type: 'area', color: '#4c78a8', opacity: 0.18 }, encoding: { x, y: { ...y, field: 'p5', title: 'Monthly savings ($/month)' }, y2: { field: 'p95' } } },
      { data: { values }, mark: { type: 'area', color: '#4c78a8', opacity: 0.3 }, encoding: { x, y: { ...y, field: 'p25' }, y2: { field: 'p75' } } },
      { data: { values }, mark: { type: 'line', color: '#1f4e8c', strokeWidth: 2 }, encoding: { x, y: { ...y, field: 'p50' } } },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#1d2330' }, encoding: { y: { field: 'zero', type: 'quantitative' } } },
      { data: { values: [{ volume: bands.current_volume }] }, mark: { type: 'rule', color: '#e45756', strokeDash: [6, 4] }, encoding: { x: { field: 'volume', type: 'quantitative' } } },
    ],
  };
}
