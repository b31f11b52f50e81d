/** A source of uniform random numbers in [0, 1). Every per-draw sampler takes one as an argument. */
export type Rng = () => number;

/**
 * A stream of uniforms in (0, 1) for batch work: `fill` writes a whole column in one tight
 * loop, `next` gives one value. Both advance the same stream.
 */
export interface UniformSource {
  next(): number;
  /** The next raw 32-bit word, as an unsigned integer: for samplers that need bits, not a uniform. */
  nextUint32(): number;
  /** 53-bit uniforms in (0, 1): for quantile functions with unbounded tails (normal, lognormal). */
  fill(out: Float64Array, length: number): void;
  /**
   * 32-bit uniforms k / 2^32 in [0, 1), one generator step each: for bounded distributions,
   * whose draws move by at most a 2^-32 share of their range when the last bits change.
   */
  fill32(out: Float64Array, length: number): void;
}
