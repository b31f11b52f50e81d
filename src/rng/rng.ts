/** A source of uniform random numbers in [0, 1). Every per-draw sampler takes one as an argument. */
export type Rng = () => number;

/** A ziggurat draw `x` = j w[i] outside its layer's rectangle: the draw to keep, from `source`'s further words. */
export type ZigguratOutside = (source: UniformSource, j: number, i: number, x: number) => number;

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
   * With `lo` and `width`, lo + width (k / 2^32): a uniform between lo and lo + width in the
   * same pass, not in a second one over the column.
   */
  fill32(out: Float64Array, length: number, lo?: number, width?: number): void;
  /**
   * Ziggurat draws (Marsaglia and Tsang 2000) into out[from..to) for the layer tables `k` and
   * `w` of 2^n layers. A draw takes two words: j, as a signed 32-bit integer, and i, whose low
   * n bits pick the layer. It is j w[i] when |j| < k[i], else `outside(this, j, i, j w[i])`,
   * which may take further words from this source: the draws, and the words they take, of
   * that loop over nextUint32. A method of the source so that it can step its generator
   * in registers: through two nextUint32 calls, each loading and storing the generator's
   * state, a draw counted ~155 instructions, against ~98 so (callgrind).
   */
  fillZiggurat(out: Float64Array, from: number, to: number, k: Float64Array, w: Float64Array, outside: ZigguratOutside): void;
}
