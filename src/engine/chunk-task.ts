import type { InputSpec } from '../../distributions/index.js';
import type { LogSketch } from '../stats/log-sketch.js';
import type { Moments } from '../stats/moments.js';

/** A probability to count exactly: P(output op value). */
export interface EventSpec {
  readonly output: string;
  readonly op: '<=' | '<' | '>' | '>=';
  readonly value: number;
}

/** Everything a worker needs to simulate any chunk of a run: plain data, seeds not RNGs. */
export interface SimulationPlan {
  /** Key into the model registry (functions cannot cross threads). */
  readonly modelId: string;
  /** Every model input by name: a number or a distribution spec. */
  readonly inputs: Readonly<Record<string, InputSpec>>;
  readonly seed: string;
  /** Outputs to summarize, in the order the summary lists them. */
  readonly outputs: readonly string[];
  readonly events: readonly EventSpec[];
  readonly relativeAccuracy: number;
}

export interface ChunkTask extends SimulationPlan {
  readonly chunkIndex: number;
  readonly length: number;
}

/** What one output's samples reduce to: mergeable, and small whatever the sample count. */
export interface OutputSummary {
  readonly moments: Moments;
  readonly sketch: LogSketch;
  readonly nanCount: number;
}

/** A chunk's (or, merged, a run's) results. Outputs follow the plan's order. */
export interface ChunkSummary {
  readonly samples: number;
  readonly outputs: readonly OutputSummary[];
  readonly eventCounts: readonly number[];
}

/** Runs one chunk somewhere: in this thread, or on a worker pool. */
export type ChunkRunner = (task: ChunkTask) => Promise<ChunkSummary>;
