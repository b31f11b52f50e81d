import type { Model } from '../model/model.js';

/**
 * Evaluates `model` on each row of `inputColumns` (ordered as model.inputs) and returns the
 * named outputs' columns, in the order asked.
 */
export function evaluateColumns(
  model: Model,
  inputColumns: readonly Float64Array[],
  outputs: readonly string[],
  length: number,
): Float64Array[] {
  const byName = Object.fromEntries(model.inputs.map((field, k) => [field.name, inputColumns[k] as Float64Array]));
  const all = model.evaluateColumns(byName, length);
  return outputs.map((name) => {
    const column = all[name];
    if (!column) throw new Error(`model "${model.id}" has no output "${name}"`);
    return column;
  });
}
