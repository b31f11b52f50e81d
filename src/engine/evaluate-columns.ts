import type { Model } from '../model/model.js';

/**
 * Evaluates `model` on each row of `inputColumns` (ordered as model.inputs) and returns the
 * named outputs as columns. One input record is reused across rows; the model itself stays
 * a pure function of one sample.
 */
export function evaluateColumns(
  model: Model,
  inputColumns: readonly Float64Array[],
  outputs: readonly string[],
  length: number,
): Float64Array[] {
  const names = model.inputs.map((field) => field.name);
  const row: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  const outputColumns = outputs.map(() => new Float64Array(length));
  for (let i = 0; i < length; i++) {
    for (let k = 0; k < names.length; k++) row[names[k] as string] = (inputColumns[k] as Float64Array)[i] as number;
    const result = model.evaluate(row);
    for (let j = 0; j < outputs.length; j++) (outputColumns[j] as Float64Array)[i] = result[outputs[j] as string] as number;
  }
  return outputColumns;
}
