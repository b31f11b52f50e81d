import type { InputField } from './input-field.js';

/** One column of values per name, all of the same length. */
export type Columns<N extends string = string> = Readonly<Record<N, Float64Array>>;

/**
 * A model the engine can simulate: declared inputs and outputs, a pure function of one
 * sample, and the same function over columns (the hot path). Workers find models by `id` in the
 * registry, since functions cannot cross threads.
 */
export interface Model<I extends string = string, O extends string = string> {
  readonly id: string;
  readonly inputs: readonly (InputField & { readonly name: I })[];
  readonly outputs: readonly O[];
  evaluate(inputs: Readonly<Record<I, number>>): Record<O, number>;
  /** Writes output row i from input row i, for i < length, into `out`. */
  evaluateColumns(inputs: Columns<I>, out: Columns<O>, length: number): void;
}

/** Fresh zeroed output columns, one per name. */
export function allocateColumns<N extends string>(names: readonly N[], length: number): Record<N, Float64Array> {
  return Object.fromEntries(names.map((name) => [name, new Float64Array(length)])) as Record<N, Float64Array>;
}
