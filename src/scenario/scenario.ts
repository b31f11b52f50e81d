import type { InputSpec } from '../../distributions/index.js';
import type { RankCorrelation } from '../engine/plan.js';
import type { SamplingMethod } from './simulation-schema.js';

/** A validated scenario: every model input present (defaults filled), ready to simulate. */
export interface Scenario {
  readonly name: string;
  readonly description?: string;
  readonly simulation: SimulationSettings;
  /** Every input of the model by flat name. */
  readonly inputs: Readonly<Record<string, InputSpec>>;
  /** Rank correlations between uncertain inputs (by input name), imposed by Iman-Conover. */
  readonly correlations: readonly RankCorrelation[];
  /** Sections the file left out whose fields took defaults, e.g. ['quality']. */
  readonly defaultedSections: readonly string[];
}

export interface SimulationSettings {
  readonly samples: number;
  /** Kept as text: the seed 42 and the seed "42" are the same run. */
  readonly seed: string;
  readonly threshold_months: number;
  readonly chunk_size: number;
  readonly sampling: SamplingMethod;
}
