import type { ChunkSummary } from '../engine/plan.js';
import { CONDITIONAL_BINS, conditionalBins, FINE_BINS, type ConditionalBin } from './binned-analyses.js';
import type { SensitivityResult } from './sensitivity-result.js';
import { inputPath, uncertainInputs, type SensitivityTarget } from './target.js';

export interface ConditionalRow {
  readonly input: string;
  readonly label: string;
  /** Up to 10 equal-probability bins of the input, low to high. */
  readonly bins: readonly ConditionalBin[];
  /** Highest minus lowest bin mean of the metric: the conditional tornado's bar. */
  readonly metric_swing: number;
  /** Highest minus lowest P(event) over the bins; null without an event. */
  readonly p_event_swing: number | null;
}

/**
 * The conditional tornado and spider chart: for each input, the metric's mean and the
 * event's probability within 10 equal-probability bins of the input, every other input
 * sampled; from the main sample's binned reducers (no extra run). Sorted by metric swing.
 */
export function conditionalAnalysis(target: SensitivityTarget, summary: ChunkSummary): SensitivityResult<ConditionalRow> {
  const all = conditionalBins(target, summary, FINE_BINS / CONDITIONAL_BINS);
  const spread = (values: number[]) => (values.length > 0 ? Math.max(...values) - Math.min(...values) : 0);
  const rows = uncertainInputs(target)
    .map((field): ConditionalRow => {
      const bins = all.get(field.name) ?? [];
      return {
        input: inputPath(field),
        label: field.label,
        bins,
        metric_swing: spread(bins.map((b) => b.metric_mean)),
        p_event_swing: target.event ? spread(bins.map((b) => b.p_event as number)) : null,
      };
    })
    .sort((a, b) => b.metric_swing - a.metric_swing || a.input.localeCompare(b.input));
  return { method: 'conditional', metric: target.metric, samples: summary.samples, evaluations: summary.samples, rows, event: target.event ?? null };
}
