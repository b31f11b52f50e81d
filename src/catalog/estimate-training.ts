import { trainingBenchmark, type TrainingMethod } from './training-benchmarks.js';

/** Checkpoints, evaluation and start-up add 15% to the pure training time. */
export const TRAINING_OVERHEAD = 1.15;
/** Spot capacity costs about 35% of on-demand (60-70% off). */
export const SPOT_MULTIPLIER = 0.35;

export interface TrainingRun {
  readonly model_size_b: number;
  readonly method: TrainingMethod;
  readonly instance: string;
  readonly examples: number;
  readonly seq_len: number;
  readonly epochs: number;
  readonly spot: boolean;
}

export interface TrainingEstimate {
  readonly hours: number;
  readonly gpus: number;
  /** The node's $/h after the spot multiplier. */
  readonly cost_per_hour: number;
  readonly cost: number;
  readonly tokens_per_s: number;
  /** False when the table had no measurement and DOMAIN.md's size rule stood in. */
  readonly measured: boolean;
}

/**
 * One fine-tuning run's wall time and cost, DOMAIN.md's estimator: hours = examples x
 * sequence length x epochs / (tokens/s x 3600) x 1.15; cost = hours x node $/h (x 0.35 on spot).
 *
 * @example estimateTraining({ model_size_b: 7, method: 'lora', instance: 'a10g', examples: 50000, seq_len: 512, epochs: 3, spot: true }).cost // => 4.91 (rounded)
 */
export function estimateTraining(run: TrainingRun): TrainingEstimate {
  const bench = trainingBenchmark(run.model_size_b, run.method, run.instance);
  const hours = trainingHours(run.examples * run.seq_len * run.epochs, bench.tokens_per_s);
  const costPerHour = bench.cost_per_hour * (run.spot ? SPOT_MULTIPLIER : 1);
  return { hours, gpus: bench.gpus, cost_per_hour: costPerHour, cost: hours * costPerHour, tokens_per_s: bench.tokens_per_s, measured: bench.measured };
}

/** Wall-clock hours to train on `tokens` tokens at `tokensPerS`, overhead included. */
export function trainingHours(tokens: number, tokensPerS: number): number {
  return (tokens / (tokensPerS * 3600)) * TRAINING_OVERHEAD;
}
