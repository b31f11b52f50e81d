import type { Model } from '../model/model.js';

/**
 * Evaluates `model` on each row of `inputColumns` (ordered as model.inputs), writing every
 * output into `outputColumns` (ordered as model.outputs), and returns the named outputs'
 * columns in the order asked.
 */
export function evaluateColumns(
  model: Model,
  inputColumns: readonly Float64Array[],
  outputColumns: readonly Float64Array[],
  outputs: readonly string[],
  length: number,
): Float64Array[] {
  const byName = (names: readonly string[], columns: readonly Float64Array[]) =>
    Object.fromEntries(names.map((name, k) => [name, columns[k] as Float64Array]));
  const all = byName(model.outputs, outputColumns);
  model.evaluateColumns(byName(model.inputs.map((field) => field.name), inputColumns), all, length);
  return outputs.map((name) => {
    const column = all[name];
    if (!column) throw new Error(`model "${model.id}" has no output "${name}"`);
    return column;
  });
}
