/** A source of uniform random numbers in [0, 1). Every per-draw sampler takes one as an argument. */
export type Rng = () => number;

/**
 * A stream of uniforms in (0, 1) for batch work: `fill` writes a whole column in one tight
 * loop, `next` gives one value. Both advance the same stream.
 */
export interface UniformSource {
  next(): number;
  fill(out: Float64Array, length: number): void;
}
