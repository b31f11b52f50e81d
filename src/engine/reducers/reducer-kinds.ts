import { HistogramAccumulator, mergeHistograms, type Histogram } from '../../stats/histogram.js';
import { MomentsAccumulator, mergeMoments, type Moments } from '../../stats/moments.js';
import { mergeSketches, SketchAccumulator, type QuantileSketch } from '../../stats/quantile-sketch.js';
import { mergeThresholdCounts, sortedThresholds, ThresholdCountAccumulator, type ThresholdCounts } from '../../stats/threshold-counts.js';
import type { Workspace } from '../workspace.js';
import type { ReducerKindName, ReducerSpec } from './reducer-spec.js';
import { SeriesMomentsAccumulator, mergeSeriesMoments } from './series-moments.js';

/** The summary type each reducer kind produces. */
export interface SummaryOfKind {
  moments: Moments;
  sketch: QuantileSketch;
  threshold_counts: ThresholdCounts;
  histogram: Histogram;
  series_moments: readonly Moments[];
  values: Float64Array;
}

/** Adds a chunk's columns block by block, then gives the chunk's summary. */
export interface Accumulator<S> {
  add(column: Float64Array, rows: number): void;
  finish(): S;
}

interface ReducerKind<K extends ReducerKindName> {
  /** The accumulator for one chunk; `slot` keys any buffer it reuses in the workspace. */
  start(spec: Extract<ReducerSpec, { kind: K }>, workspace: Workspace, slot: string): Accumulator<SummaryOfKind[K]>;
  merge(a: SummaryOfKind[K], b: SummaryOfKind[K]): SummaryOfKind[K];
}

/**
 * Every reducer kind: how it accumulates and how two summaries merge. A new kind (rank
 * correlations, binned means, Sobol sums) is one entry here and its spec in reducer-spec.ts.
 */
export const REDUCER_KINDS: { readonly [K in ReducerKindName]: ReducerKind<K> } = {
  moments: { start: () => new MomentsAccumulator(), merge: mergeMoments },
  sketch: {
    // The sketch's 8 MiB table is emptied by finish(), so the next chunk reuses it as is.
    start: (_spec, workspace, slot) => workspace.reuse(`sketch:${slot}`, () => new SketchAccumulator()),
    merge: mergeSketches,
  },
  threshold_counts: {
    start: (spec) => new ThresholdCountAccumulator(sortedThresholds(spec.thresholds), spec.inclusive),
    merge: mergeThresholdCounts,
  },
  histogram: { start: (spec) => new HistogramAccumulator(spec.min, spec.max, spec.bins), merge: mergeHistograms },
  series_moments: { start: (spec) => new SeriesMomentsAccumulator(spec.series), merge: mergeSeriesMoments },
  values: { start: () => new ValuesAccumulator(), merge: concatenate },
};

/** Keeps every value added, in order. */
class ValuesAccumulator {
  private blocks: Float64Array[] = [];

  add(column: Float64Array, rows: number): void {
    this.blocks.push(column.slice(0, rows));
  }

  finish(): Float64Array {
    const all = concatenate(...this.blocks);
    this.blocks = [];
    return all;
  }
}

function concatenate(...parts: Float64Array[]): Float64Array {
  const all = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}

/** The summary of reducer `spec` over two disjoint sets of rows. */
export function mergeReduction<K extends ReducerKindName>(kind: K, a: SummaryOfKind[K], b: SummaryOfKind[K]): SummaryOfKind[K] {
  return (REDUCER_KINDS[kind] as ReducerKind<K>).merge(a, b);
}
