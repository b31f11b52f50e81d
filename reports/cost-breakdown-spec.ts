import type { TopLevelSpec } from 'vega-lite';
import { chartFrame } from './chart-frame.js';
import type { CostBreakdown, CostLine } from '../src/results/analysis-results.js';

/** One panel of cost lines: a bar from P10 to P90 and a tick at the median for each. */
function panel(all: readonly CostLine[], title: string) {
  // A line that is zero in every sample (no network cost given) is left out.
  const lines = all.filter((line) => line.p10 !== 0 || line.p90 !== 0);
  const values = lines.map((line, rank) => ({ rank, label: line.label, p10: line.p10, p50: line.p50, p90: line.p90 }));
  const y = { field: 'label', type: 'nominal' as const, sort: { field: 'rank', order: 'ascending' as const }, title: null, axis: { labelLimit: 240 } };
  const x = { type: 'quantitative' as const, title, axis: { format: '$,.0f' } };
  return {
    width: 420,
    height: { step: 24 },
    data: { values },
    layer: [
      { mark: { type: 'bar' as const, color: '#9db7d5', height: { band: 0.6 } }, encoding: { y, x: { ...x, field: 'p10' }, x2: { field: 'p90' } } },
      { mark: { type: 'tick' as const, color: '#1f4e8c', thickness: 3 }, encoding: { y, x: { ...x, field: 'p50' } } },
    ],
  };
}

/**
 * What fine-tuning costs: once (training compute, storage, data processing, network,
 * engineering), every month (serving, storage, maintenance, the quality delta, the amortized
 * project) beside the API bill it replaces, and per training run and experiment. Bars
 * span P10 to P90; the tick is the median.
 */
export function costBreakdownSpec(breakdown: Omit<CostBreakdown, 'training_split'>): TopLevelSpec {
  return {
    ...chartFrame('One-time and monthly costs'),
    vconcat: [
      panel(breakdown.one_time, 'One-time cost ($)'),
      panel(breakdown.monthly, 'Monthly cost ($/month)'),
      ...(breakdown.training.length > 0 ? [panel(breakdown.training, 'Training cost ($)')] : []),
    ],
  };
}
