import { fillStandardNormal } from './normal-ziggurat.js';
import type { UniformSource } from './types.js';

/** The draws a gamma sampler needs: standard normals and uniforms in (0, 1), from one stream. */
export interface GammaDraws {
  normal(): number;
  uniform(): number;
}

/**
 * A sampler of G ~ Gamma(shape, 1) for shape >= 1, by Marsaglia and Tsang's squeeze method
 * (ACM TOMS 26(3), 2000, doi:10.1145/358407.358414): about 1.03 normal and uniform draws
 * a value, and a logarithm only on the rare squeeze failures. Constants are computed once.
 */
export function gammaSampler(shape: number): (draws: GammaDraws) => number {
  const { d, c } = gammaConstants(shape);
  return (draws) => {
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = draws.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      if (accepts(draws.uniform(), x, v, d)) return d * v;
    }
  };
}

/** Marsaglia and Tsang's test of a candidate d v (v = (1 + c x)^3) against the uniform u: the squeeze, then the logarithm. */
function accepts(u: number, x: number, v: number, d: number): boolean {
  const x2 = x * x;
  return u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v));
}

/** Marsaglia and Tsang's constants for a shape >= 1: d = shape - 1/3 and c = 1 / sqrt(9 d). */
export function gammaConstants(shape: number): { readonly d: number; readonly c: number } {
  if (!(shape >= 1)) throw new RangeError(`gammaSampler takes shapes >= 1 (got ${shape}); use logGammaSampler`);
  const d = shape - 1 / 3;
  return { d, c: 1 / Math.sqrt(9 * d) };
}

/**
 * One Gamma draw, as gammaSampler's with the engine's stream for its draws (ziggurat normals
 * and source.next()), the same values from the same words, stored in out[k]: for batch
 * fills, where a double returned from a call V8 did not inline would be a heap number.
 * `scratch` (one value at least) takes each normal and uniform draw, stored, not returned,
 * for the same reason.
 */
export function gammaInto(source: UniformSource, d: number, c: number, out: Float64Array, k: number, scratch: Float64Array): void {
  for (;;) {
    let x: number;
    let v: number;
    do {
      fillStandardNormal(source, scratch, 0, 1);
      x = scratch[0] as number;
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    source.fill(scratch, 1);
    if (accepts(scratch[0] as number, x, v, d)) {
      out[k] = d * v;
      return;
    }
  }
}

/**
 * A sampler of log(G) for G ~ Gamma(shape, 1), any shape > 0. Shapes below 1 use the boost
 * G(a) = G(a + 1) U^(1/a), taken in logs: log G(a + 1) + log(U) / a. For small shapes G itself
 * underflows to 0 (U^(1/a) with a = 0.001 is 0 for most U), and a beta built from two zeros
 * was NaN; its logarithm stays finite down to shapes of 1e-300.
 */
export function logGammaSampler(shape: number): (draws: GammaDraws) => number {
  if (shape >= 1) {
    const gamma = gammaSampler(shape);
    return (draws) => Math.log(gamma(draws));
  }
  const boosted = logGammaSampler(shape + 1);
  const inverseShape = 1 / shape;
  return (draws) => boosted(draws) + Math.log(draws.uniform()) * inverseShape;
}
