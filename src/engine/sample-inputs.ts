import { fromSpec } from '../../distributions/from-spec.js';
import type { InputSpec } from '../../distributions/spec.js';
import type { InputField } from '../model/input-field.js';
import { createRng } from '../rng/create-rng.js';
import { deriveSeed } from '../rng/derive-seed.js';

/**
 * Fills one column of draws per input, in the order of `fields`. Each (input, chunk) pair
 * has its own stream, so adding an input or changing one distribution leaves the other
 * inputs' draws as they were (common random numbers across scenario edits). Fixed values
 * use no stream at all.
 */
export function sampleInputs(
  fields: readonly InputField[],
  specs: Readonly<Record<string, InputSpec>>,
  seed: string,
  chunkIndex: number,
  columns: readonly Float64Array[],
): void {
  fields.forEach((field, k) => {
    const spec = specs[field.name];
    const column = columns[k];
    if (spec === undefined || column === undefined) throw new Error(`no value or column for input ${field.name}`);
    if (typeof spec === 'number') {
      column.fill(spec);
      return;
    }
    const dist = fromSpec(spec);
    const rng = createRng(deriveSeed(seed, 'input', field.name, 'chunk', chunkIndex));
    for (let i = 0; i < column.length; i++) column[i] = dist.sample(rng);
  });
}
