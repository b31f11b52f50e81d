import { fromSpec } from '../../../distributions/from-spec.js';
import type { InputSpec } from '../../../distributions/index.js';
import type { InputField } from '../../model/input-field.js';
import { deriveSeed } from '../../rng/derive-seed.js';
import { createUniformStream } from '../../rng/uniform-stream.js';
import type { BlockSampler } from './block-sampler.js';

/**
 * The rows of a Saltelli design for the inputs `varied`, group after group: A_j, B_j, then
 * AB^i_j for each varied input i (A_j with input i from B_j), then BA^i_j (B_j with input i
 * from A_j): 2d + 2 rows, both directions of Saltelli 2002, whose two estimates of each
 * index average to half the variance. A and B draw from their own streams per input and
 * chunk; inputs not varied keep their point value. A chunk holds whole groups.
 */
export function saltelliSampler(
  fields: readonly InputField[],
  specs: Readonly<Record<string, InputSpec>>,
  seed: string,
  chunkIndex: number,
  length: number,
  varied: readonly string[],
): BlockSampler {
  const d = varied.length;
  const width = 2 * d + 2;
  if (length % width !== 0) throw new RangeError(`a Saltelli chunk holds whole groups of ${width} rows (got ${length})`);
  const groups = length / width;
  const draw = (name: string, matrix: 'A' | 'B') => {
    const column = new Float64Array(groups);
    fromSpec(specs[name] as InputSpec).fill(createUniformStream(deriveSeed(seed, 'saltelli', matrix, name, 'chunk', chunkIndex)), column, groups);
    return column;
  };
  type Source = { readonly i: number; readonly fixed: number } | { readonly i: number; readonly a: Float64Array; readonly b: Float64Array };
  const columns = fields.map((field): Source => {
    const spec = specs[field.name];
    if (spec === undefined) throw new Error(`no value for input ${field.name}`);
    const i = varied.indexOf(field.name);
    return i < 0 ? { i, fixed: fromSpec(spec).mean } : { i, a: draw(field.name, 'A'), b: draw(field.name, 'B') };
  });
  let position = 0;
  return {
    fill(out, rows) {
      columns.forEach((source, m) => {
        const column = out[m] as Float64Array;
        if (!('a' in source)) return void column.fill(source.fixed, 0, rows);
        const { a, b, i } = source;
        for (let r = 0; r < rows; r++) {
          const at = position + r;
          const g = Math.floor(at / width);
          const k = at - g * width;
          // Row k of a group: 0 A, 1 B, 2..d+1 AB^(k-2), d+2..2d+1 BA^(k-d-2).
          const fromB = k === 1 || k === i + 2 || (k >= d + 2 && k !== i + d + 2);
          column[r] = (fromB ? b[g] : a[g]) as number;
        }
      });
      position += rows;
    },
  };
}
