import type { ChunkSummary } from '../engine/plan.js';
import { conditionalBins, FINE_BINS, FLIP_BINS, type ConditionalBin } from './binned-analyses.js';
import type { SensitivityResult } from './sensitivity-result.js';
import { inputDistribution, inputPath, uncertainInputs, type SensitivityTarget } from './target.js';

/** Where P(event | input) crosses a level, or why it does not. */
export type FlipPoint =
  | { readonly crosses: true; readonly value: number; readonly percentile: number; readonly direction: 'rising' | 'falling' }
  | { readonly crosses: false; readonly side: 'always_above' | 'always_below' };

export interface FlipRow {
  readonly input: string;
  readonly label: string;
  /** One per level, in the order asked. */
  readonly flips: readonly FlipPoint[];
}

/**
 * The first crossing of `level` by P(event) along the input's bins (low to high), linear
 * between the bins' mean values; the percentile is the input's cdf there.
 */
export function flipPoint(bins: readonly ConditionalBin[], level: number, cdf: (x: number) => number): FlipPoint {
  const p = bins.map((b) => b.p_event as number);
  for (let b = 0; b + 1 < bins.length; b++) {
    const lo = (p[b] as number) - level;
    const hi = (p[b + 1] as number) - level;
    if (lo === 0 || lo * hi < 0) {
      const t = lo === 0 ? 0 : lo / (lo - hi);
      const x0 = (bins[b] as ConditionalBin).value;
      const x1 = (bins[b + 1] as ConditionalBin).value;
      const value = x0 + t * (x1 - x0);
      return { crosses: true, value, percentile: cdf(value), direction: hi > lo ? 'rising' : 'falling' };
    }
  }
  return { crosses: false, side: (p[0] ?? 0) >= level ? 'always_above' : 'always_below' };
}

/**
 * Decision-flip values: for each input, where P(event) conditional on it (every other input
 * sampled) crosses 50% and `confidence`; "never" when it stays on one side across the input's
 * support. Read from 20 equal-probability bins of the main sample: a crossing is located to
 * within a bin (5 percentiles), and where P changes slowly, bin noise can move it further.
 */
export function decisionFlips(target: SensitivityTarget, summary: ChunkSummary, confidence: number): SensitivityResult<FlipRow> {
  if (!target.event) throw new Error('decision flips need an event');
  const levels = confidence === 0.5 ? [0.5] : [0.5, confidence];
  const bins = conditionalBins(target, summary, FINE_BINS / FLIP_BINS);
  const crossings = (row: FlipRow) => row.flips.filter((f) => f.crosses).length;
  const rows = uncertainInputs(target)
    .map((field): FlipRow => {
      const cdf = (x: number) => inputDistribution(target, field.name).cdf(x);
      return { input: inputPath(field), label: field.label, flips: levels.map((level) => flipPoint(bins.get(field.name) ?? [], level, cdf)) };
    })
    // Inputs that can flip the answer first (a stable sort keeps the model's order otherwise).
    .sort((a, b) => crossings(b) - crossings(a));
  return { method: 'flip', metric: target.event.output, samples: summary.samples, evaluations: summary.samples, rows, levels, event: target.event };
}
