import type { InputField } from './input-field.js';

/**
 * A model the engine can simulate: declared inputs and outputs, and a pure function of one
 * sample. Workers find models by `id` in the registry, since functions cannot cross threads.
 */
export interface Model<I extends Readonly<Record<string, number>> = Readonly<Record<string, number>>, O extends Record<string, number> = Record<string, number>> {
  readonly id: string;
  readonly inputs: readonly InputField[];
  readonly outputs: readonly (keyof O & string)[];
  evaluate(inputs: I): O;
}
