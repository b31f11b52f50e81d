import type { InputField } from './input-field.js';
import type { OutputField } from './output-field.js';

/** One column of values per name, all of the same number of rows. */
export type Columns<N extends string = string> = Readonly<Record<N, Float64Array>>;

/** The column kernel a model author writes: output rows 0..length-1 from input rows 0..length-1. */
export type ColumnKernel<I extends string, O extends string> = (inputs: Columns<I>, out: Columns<O>, length: number) => void;

/** Inputs whose value is the same in every row of a run (fixed in the scenario, or set by an override), by name. */
export type FixedInputs<I extends string = string> = Readonly<Partial<Record<I, number>>>;

/** Where a worker finds a model: the module's URL, and the id of the model it exports. */
export interface ModelRef {
  readonly id: string;
  readonly url: string;
}

/**
 * A model the engine can simulate: a pure function over named input columns writing named
 * output columns, with its inputs and outputs declared once. Workers import the module at
 * `url` and take the exported model whose id matches, so any module can hold a model (test
 * models live in test/) and nothing registers it by hand.
 */
export interface Model<I extends string = string, O extends string = string> extends ModelRef {
  readonly inputs: readonly (InputField & { readonly name: I })[];
  readonly outputs: readonly (OutputField & { readonly name: O })[];
  readonly evaluateColumns: ColumnKernel<I, O>;
  /**
   * The kernel to run when these inputs are fixed and only the outputs `read` are looked at
   * (every output when not given): a specialized one where the model has it, else
   * evaluateColumns. Outputs outside `read` may be left as they were.
   */
  kernelFor(fixed: FixedInputs<I>, read?: ReadonlySet<O>): ColumnKernel<I, O>;
  /** The model on one row: for `estimate`, tests and callers without columns. Series give their first value. */
  evaluate(inputs: Readonly<Record<I, number>>): Record<O, number>;
}

export interface ModelDefinition<I extends string, O extends string> extends ModelRef {
  readonly inputs: readonly (InputField & { readonly name: I })[];
  readonly outputs: readonly (OutputField & { readonly name: O })[];
  readonly evaluateColumns: ColumnKernel<I, O>;
  /**
   * Optional: a faster kernel for runs in which some inputs are fixed and only some outputs
   * are read (undefined: use evaluateColumns). On such rows it must give exactly
   * evaluateColumns' values of the outputs in `read`; it need not write the others. The
   * engine asks once per chunk and evaluator.
   */
  readonly specialize?: (fixed: FixedInputs<I>, read: ReadonlySet<O>) => ColumnKernel<I, O> | undefined;
}

/**
 * A model from its declarations and column kernel. The one-row `evaluate` runs the same
 * kernel on columns of one row, so the model's arithmetic is written exactly once.
 *
 * @example defineModel({ id: 'double', url: import.meta.url, inputs, outputs, evaluateColumns })
 */
export function defineModel<I extends string, O extends string>(definition: ModelDefinition<I, O>): Model<I, O> {
  const { inputs, outputs, evaluateColumns, specialize } = definition;
  const every: ReadonlySet<O> = new Set(outputs.map((field) => field.name));
  const kernelFor = (fixed: FixedInputs<I>, read = every) => specialize?.(fixed, read) ?? evaluateColumns;
  return {
    ...definition,
    kernelFor,
    evaluate(row) {
      const x = Object.fromEntries(inputs.map((field) => [field.name, Float64Array.of(row[field.name])])) as Record<I, Float64Array>;
      const y = allocateOutputColumns(outputs, 1);
      // One row: every input is fixed.
      kernelFor(row)(x, y, 1);
      return Object.fromEntries(outputs.map((field) => [field.name, y[field.name][0] as number])) as Record<O, number>;
    },
  };
}

/** Fresh zeroed output columns for `rows` rows, a series output taking `series` values a row. */
export function allocateOutputColumns<O extends string>(
  outputs: readonly (OutputField & { readonly name: O })[],
  rows: number,
): Record<O, Float64Array> {
  return Object.fromEntries(outputs.map((field) => [field.name, new Float64Array(rows * (field.series ?? 1))])) as Record<O, Float64Array>;
}

/** Whether a module export is a model (workers scan a module's exports for one). */
export function isModel(value: unknown): value is Model {
  return typeof value === 'object' && value !== null && 'evaluateColumns' in value && 'id' in value && 'url' in value;
}
