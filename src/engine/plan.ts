import type { InputSpec } from '../../distributions/index.js';
import type { ModelRef } from '../model/model.js';
import type { ReducerSpec } from './reducers/reducer-spec.js';

/** A rank correlation to impose between two inputs (by model input name). */
export interface RankCorrelation {
  readonly a: string;
  readonly b: string;
  readonly r: number;
}

/**
 * How a chunk's input rows are drawn:
 * - independent: plain Monte Carlo;
 * - lhs: Latin hypercube, each input's chunk split into as many equal-probability strata as
 *   rows, one draw in each;
 * either with `correlations` imposed by Iman-Conover within each chunk;
 * - saltelli: the A, B, AB^i rows of a Sobol design for the named inputs, in groups of
 *   inputs.length + 2 rows (a chunk holds whole groups).
 */
export type SamplerSpec =
  | { readonly kind: 'independent' | 'lhs'; readonly correlations?: readonly RankCorrelation[] }
  | { readonly kind: 'saltelli'; readonly inputs: readonly string[] };

/**
 * A change to one input's column before an evaluator runs the model on the same rows: a
 * fixed value, a scaling, or the column of another sampled input (an option's own
 * distribution for it, drawn from its own stream while every other input is shared).
 */
export type Override = { readonly set: number } | { readonly scale: number } | { readonly input: string };

/**
 * The model run on the sampled rows, possibly with some inputs overridden: several
 * evaluators on one chunk see the same draws (common random numbers), e.g. a tornado pin
 * or a volume scaled for the break-even grid.
 */
export interface EvaluatorSpec {
  readonly name: string;
  readonly overrides?: Readonly<Record<string, Override>>;
}

/** The evaluator every plan has, and the one a ColumnRef means when it names none. */
export const BASE_EVALUATOR = 'base';

/**
 * Everything a worker needs to run any chunk of a run: plain data, seeds not generators,
 * a model reference not a function. A chunk is sampler -> evaluators -> reducers.
 */
export interface SimulationPlan {
  readonly model: ModelRef;
  /**
   * Every model input by name: a number or a distribution spec. Names the model does not
   * have are sampled too, for evaluators whose overrides read them.
   */
  readonly inputs: Readonly<Record<string, InputSpec>>;
  readonly seed: string;
  readonly sampler: SamplerSpec;
  /** Always includes BASE_EVALUATOR. */
  readonly evaluators: readonly EvaluatorSpec[];
  readonly reducers: readonly ReducerSpec[];
}

export interface ChunkTask extends SimulationPlan {
  readonly chunkIndex: number;
  readonly length: number;
}

/** A chunk's (or, merged, a run's) summaries, one per reducer, by the reducer's name. */
export interface ChunkSummary {
  readonly samples: number;
  readonly reductions: Readonly<Record<string, unknown>>;
}

/** Runs one chunk somewhere: in this thread, or on a worker pool. */
export type ChunkRunner = (task: ChunkTask) => Promise<ChunkSummary>;
