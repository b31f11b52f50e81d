import type { InputSpec } from '../../distributions/index.js';
import type { RankCorrelation } from '../engine/plan.js';
import type { ScenarioIssue } from '../errors.js';
import type { CatalogUse } from './expand-roi-scenario.js';
import type { Factors } from './read-factors.js';
import type { SamplingMethod } from './sampling-methods.js';

/**
 * A model's shorthands rewritten into its input fields before validation (the ROI model's:
 * catalog names, the training estimator, pilot counts). Pure; `raw` is left as it was.
 */
export type ScenarioExpander = (raw: Record<string, unknown>) => {
  readonly raw: Record<string, unknown>;
  readonly issues: readonly ScenarioIssue[];
  readonly catalog?: CatalogUse;
};

/** One alternative of `options:`: the scenario with some sections changed, on the same draws. */
export interface ScenarioOption {
  readonly name: string;
  readonly description?: string;
  /** Every model input, as for the scenario itself. */
  readonly inputs: Readonly<Record<string, InputSpec>>;
}

/** A validated scenario: every model input present (defaults filled), ready to simulate. */
export interface Scenario {
  readonly name: string;
  readonly description?: string;
  readonly simulation: SimulationSettings;
  /** Every input of the model by flat name. */
  readonly inputs: Readonly<Record<string, InputSpec>>;
  /** Rank correlations between uncertain inputs (by input name), imposed by Iman-Conover. */
  readonly correlations: readonly RankCorrelation[];
  /** Alternatives compared on common random numbers (empty when the file lists none). */
  readonly options: readonly ScenarioOption[];
  readonly factors?: Factors;
  /** Catalog entries the scenario named, and the catalog's date. */
  readonly catalog?: CatalogUse;
  /** Whether the file has a `time:` section: the headline payback is then the cash-flow one. */
  readonly hasTimeSection: boolean;
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
