/**
 * One numeric input of a model, declared once: where a scenario puts it, what it means and
 * the range a value may take. The scenario schema, the validator, `estimate` and the engine
 * all read these declarations, so a new input is one line here plus its use in the model.
 */
export interface InputField {
  /** Flat name the model reads, e.g. `requests_per_day`. */
  readonly name: string;
  /** Where the value sits in a scenario, e.g. ['workload', 'requests_per_day']. */
  readonly path: readonly string[];
  readonly label: string;
  readonly unit: string;
  /** Inclusive bounds every possible value must respect. */
  readonly min: number;
  readonly max: number;
  /** The value used when a scenario leaves the field out; absent means required. */
  readonly default?: number;
  /**
   * For a setting chosen by name (e.g. `fleet: capacity`): the names, whose position is the
   * number the model reads. Such a field takes one of these names, never a distribution.
   */
  readonly choices?: readonly (string | boolean)[];
  /** Leaving this field's section out is the usual case (e.g. no `time:`): no note about it. */
  readonly quiet?: boolean;
}
