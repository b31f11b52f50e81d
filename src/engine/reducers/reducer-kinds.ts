import { BestOfAccumulator, mergeBestOf, type BestOf } from '../../stats/best-of.js';
import { BinnedMomentsAccumulator, mergeBinnedMoments, type BinnedMoments } from '../../stats/binned-moments.js';
import { HistogramAccumulator, mergeHistograms, type Histogram } from '../../stats/histogram.js';
import { MomentsAccumulator, mergeMoments, type Moments } from '../../stats/moments.js';
import { mergePartialMoments, PartialMomentsAccumulator, type PartialMoments } from '../../stats/partial-moments.js';
import { mergeSketches, SketchAccumulator, sketchFold, type QuantileSketch } from '../../stats/quantile-sketch.js';
import { mergeRunningCounts, RunningCountsAccumulator, type RunningCounts } from '../../stats/running-counts.js';
import { mergeRankSums, RankSumsAccumulator, type RankSums } from '../../stats/rank-correlation.js';
import { mergeSobolSums, SobolSumsAccumulator, type SobolSums } from '../../stats/sobol-sums.js';
import { mergeThresholdCounts, sortedThresholds, ThresholdCountAccumulator, type ThresholdCounts } from '../../stats/threshold-counts.js';
import { deriveSeed } from '../../rng/derive-seed.js';
import { createUniformStream } from '../../rng/uniform-stream.js';
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
  binned: BinnedMoments[];
  rank_correlation: RankSums;
  partial_moments: PartialMoments;
  running_counts: RunningCounts;
  sobol: SobolSums;
  best_of: BestOf;
}

/** Adds a chunk's columns (those columnsOf(spec) names, in order) block by block, then gives the chunk's summary. */
export interface Accumulator<S> {
  add(columns: readonly Float64Array[], rows: number): void;
  finish(): S;
}

/** What an accumulator may use besides its spec: buffers to reuse, and which chunk it sees. */
export interface ReducerContext {
  readonly workspace: Workspace;
  /** Keys any buffer the accumulator reuses in the workspace. */
  readonly slot: string;
  readonly blockRows: number;
  readonly seed: string;
  readonly chunkIndex: number;
}

interface ReducerKind<K extends ReducerKindName> {
  start(spec: Extract<ReducerSpec, { kind: K }>, context: ReducerContext): Accumulator<SummaryOfKind[K]>;
  merge(a: SummaryOfKind[K], b: SummaryOfKind[K]): SummaryOfKind[K];
  /**
   * Optional: a merge for a run's running summary (`running` is what it returned last, or
   * the first chunk's), which may keep buffers from one merge to the next: its result is
   * valid until its next call. Without it, merge serves.
   */
  fold?(): (running: SummaryOfKind[K], b: SummaryOfKind[K]) => SummaryOfKind[K];
}

/** An accumulator of one column as an Accumulator of the reducer's column list. */
function oneColumn<S>(accumulator: { add(column: Float64Array, rows: number): void; finish(): S }): Accumulator<S> {
  return { add: (columns, rows) => accumulator.add(columns[0] as Float64Array, rows), finish: () => accumulator.finish() };
}

/**
 * Every reducer kind: how it accumulates and how two summaries merge. A new kind is one
 * entry here and its spec in reducer-spec.ts.
 */
export const REDUCER_KINDS: { readonly [K in ReducerKindName]: ReducerKind<K> } = {
  moments: { start: () => oneColumn(new MomentsAccumulator()), merge: mergeMoments },
  sketch: {
    // The sketch's 8 MiB table is emptied by finish(), so the next chunk reuses it as is.
    start: (_spec, { workspace, slot }) => oneColumn(workspace.reuse(`sketch:${slot}`, () => new SketchAccumulator())),
    merge: mergeSketches,
    fold: sketchFold,
  },
  threshold_counts: {
    start: (spec) => oneColumn(new ThresholdCountAccumulator(sortedThresholds(spec.thresholds), spec.inclusive)),
    merge: mergeThresholdCounts,
  },
  histogram: { start: (spec) => oneColumn(new HistogramAccumulator(spec.min, spec.max, spec.bins)), merge: mergeHistograms },
  series_moments: { start: (spec) => oneColumn(new SeriesMomentsAccumulator(spec.series)), merge: mergeSeriesMoments },
  values: { start: () => oneColumn(new ValuesAccumulator()), merge: concatenate },
  binned: {
    start: (spec, { blockRows }) => {
      const accumulator = new BinnedMomentsAccumulator(Float64Array.from(spec.edges), spec.values.map((v) => v.at_most), blockRows);
      return { add: ([by, ...values], rows) => accumulator.add(by as Float64Array, values, rows), finish: () => accumulator.finish() };
    },
    merge: mergeBinnedMoments,
  },
  rank_correlation: {
    start: (spec) => {
      const accumulator = new RankSumsAccumulator(Float64Array.from(spec.column_quantiles), Float64Array.from(spec.with_quantiles));
      return { add: ([u, v], rows) => accumulator.add(u as Float64Array, v as Float64Array, rows), finish: () => accumulator.finish() };
    },
    merge: mergeRankSums,
  },
  running_counts: { start: (spec) => oneColumn(new RunningCountsAccumulator(spec.at_most)), merge: mergeRunningCounts },
  partial_moments: { start: (_spec, { blockRows }) => oneColumn(new PartialMomentsAccumulator(blockRows)), merge: mergePartialMoments },
  sobol: {
    // Bootstrap weights come from a stream of their own per chunk: the same whatever the workers.
    start: (spec, { seed, chunkIndex }) =>
      oneColumn(new SobolSumsAccumulator(spec.inputs, spec.shift, spec.replicates, createUniformStream(deriveSeed(seed, 'bootstrap', spec.name, 'chunk', chunkIndex)))),
    merge: mergeSobolSums,
  },
  best_of: {
    start: (spec, { blockRows }) => {
      const accumulator = new BestOfAccumulator(spec.others.length + 1 + (spec.constant === undefined ? 0 : 1), spec.constant, blockRows);
      return { add: (columns, rows) => accumulator.add(columns, rows), finish: () => accumulator.finish() };
    },
    merge: mergeBestOf,
  },
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

/** A running merge for reducers of `kind`: the kind's fold, or its merge (see ReducerKind.fold). */
export function foldReduction<K extends ReducerKindName>(kind: K): (running: SummaryOfKind[K], b: SummaryOfKind[K]) => SummaryOfKind[K] {
  const reducerKind = REDUCER_KINDS[kind] as ReducerKind<K>;
  return reducerKind.fold?.() ?? reducerKind.merge;
}
