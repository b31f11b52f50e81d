import { fromSpec } from '../../../distributions/from-spec.js';
import type { Distribution, InputSpec } from '../../../distributions/index.js';
import type { InputField } from '../../model/input-field.js';
import { deriveSeed } from '../../rng/derive-seed.js';
import { shuffleInPlace } from '../../rng/shuffle.js';
import { createUniformStream, type UniformStream } from '../../rng/uniform-stream.js';
import { imanConover } from './iman-conover.js';
import type { RankCorrelation } from '../plan.js';
import type { BlockSampler } from './block-sampler.js';

/**
 * Draws a whole chunk before handing it out block by block: Latin hypercube strata and
 * Iman-Conover's reordering are properties of the chunk, not of a block. Plain draws use the
 * independent sampler's streams, so imposing a correlation reorders the very values an
 * uncorrelated run draws. Memory: a column per uncertain input per chunk.
 */
export function wholeChunkSampler(
  fields: readonly InputField[],
  specs: Readonly<Record<string, InputSpec>>,
  seed: string,
  chunkIndex: number,
  length: number,
  latinHypercube: boolean,
  correlations: readonly RankCorrelation[],
): BlockSampler {
  const columns = fields.map((field): { readonly fixed: number } | { readonly column: Float64Array } => {
    const spec = specs[field.name];
    if (spec === undefined) throw new Error(`no value for input ${field.name}`);
    const dist = fromSpec(spec);
    if (typeof spec === 'number') return { fixed: dist.mean };
    const column = new Float64Array(length);
    const stream = createUniformStream(deriveSeed(seed, 'input', field.name, 'chunk', chunkIndex));
    if (latinHypercube) fillLatinHypercube(dist, stream, column, length);
    else dist.fill(stream, column, length);
    return { column };
  });
  if (correlations.length > 0) {
    const names = [...new Set(correlations.flatMap(({ a, b }) => [a, b]))];
    const matrix = names.map((a) => names.map((b) => (a === b ? 1 : (correlations.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))?.r ?? 0))));
    const correlated = names.map((name) => {
      const source = columns[fields.findIndex((field) => field.name === name)];
      if (!source || !('column' in source)) throw new Error(`correlated input ${name} is not uncertain`);
      return source.column;
    });
    imanConover(correlated, length, matrix, createUniformStream(deriveSeed(seed, 'iman-conover', 'chunk', chunkIndex)));
  }
  let position = 0;
  return {
    fill(out, rows) {
      columns.forEach((source, m) => {
        const column = out[m] as Float64Array;
        if ('fixed' in source) column.fill(source.fixed, 0, rows);
        else column.set(source.column.subarray(position, position + rows));
      });
      position += rows;
    },
  };
}

/**
 * n draws, one in each of n equal-probability strata, in random order (McKay, Beckman and
 * Conover 1979): stratum perm[i] gives quantile((perm[i] + u_i) / n).
 */
export function fillLatinHypercube(dist: Distribution, stream: UniformStream, out: Float64Array, n: number): void {
  const strata = new Uint32Array(n);
  for (let i = 0; i < n; i++) strata[i] = i;
  shuffleInPlace(strata, stream);
  // The n uniforms in one fill: the values of n calls of stream.next(), in order.
  stream.fill(out, n);
  for (let i = 0; i < n; i++) out[i] = dist.quantile(((strata[i] as number) + (out[i] as number)) / n);
}
