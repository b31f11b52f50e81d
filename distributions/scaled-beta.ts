import { createRequire } from 'node:module';
import { betaQuantileFunction, hasFastBetaQuantile } from './beta-quantile.js';
import { gammaConstants, gammaInto, gammaSampler, logGammaSampler, type GammaDraws } from './gamma-sampler.js';
import { nextStandardNormal } from './normal-ziggurat.js';
import type { Distribution, DistributionKind, Rng, UniformSource } from './types.js';

type BetaFunctionFactory = { factory(alpha: number, beta: number): (x: number) => number };

// stdlib's beta CDF and quantile cost about 0.2 s to load and are never needed to sample, so
// they load on first use: a worker thread that only draws never pays for them.
const require = createRequire(import.meta.url);
const stdlibBeta = (name: 'cdf' | 'quantile'): BetaFunctionFactory =>
  require(`@stdlib/stats-base-dists-beta-${name}`) as BetaFunctionFactory;

/**
 * Beta(alpha, beta) stretched onto [min, max]; parameters are already validated by the
 * caller (beta or pert). Draws use two gammas, X / (X + Y), taken in logs so that tiny
 * shapes (down to 1e-10 and below) still draw finite values in [min, max]; the inverse
 * beta CDF would cost about a microsecond a call.
 */
export function scaledBeta(
  kind: DistributionKind,
  alpha: number,
  beta: number,
  min: number,
  max: number,
): Distribution {
  const width = max - min;
  let unitQuantile: ((p: number) => number) | undefined;
  let unitCdf: ((x: number) => number) | undefined;
  const sum = alpha + beta;
  const unitDraw = unitBetaSampler(alpha, beta);
  const sample = (rng: Rng): number => min + width * unitDraw(fromRng(rng));
  return {
    kind,
    sample,
    fill:
      alpha >= 1 && beta >= 1
        ? fillByGammas(gammaConstants(alpha), gammaConstants(beta), min, width)
        : (source, out, length) => {
            const draws = fromSource(source);
            for (let i = 0; i < length; i++) out[i] = min + width * unitDraw(draws);
          },
    quantile: (p) => min + width * (unitQuantile ??= unitQuantileFunction(alpha, beta))(p),
    cdf: (x) => (unitCdf ??= stdlibBeta('cdf').factory(alpha, beta))((x - min) / width),
    mean: min + (width * alpha) / sum,
    variance: (width * width * alpha * beta) / (sum * sum * (sum + 1)),
    support: [min, max],
  };
}

/** The unit beta's quantile function: the fast inverse where it holds (every PERT), else @stdlib's. */
function unitQuantileFunction(alpha: number, beta: number): (p: number) => number {
  return hasFastBetaQuantile(alpha, beta) ? betaQuantileFunction(alpha, beta) : stdlibBeta('quantile').factory(alpha, beta);
}

/**
 * Beta(alpha, beta) on [0, 1] as X / (X + Y) with X, Y gamma draws. When both shapes are at
 * least 1 (every PERT) the gammas are used as they are; smaller shapes are drawn in logs,
 * as 1 / (1 + exp(log Y - log X)), which stays finite (0 or 1 at the extremes) where X and Y
 * themselves underflow.
 */
function unitBetaSampler(alpha: number, beta: number): (draws: GammaDraws) => number {
  if (alpha >= 1 && beta >= 1) {
    const gammaA = gammaSampler(alpha);
    const gammaB = gammaSampler(beta);
    return (draws) => {
      const x = gammaA(draws);
      return x / (x + gammaB(draws));
    };
  }
  const logGammaA = logGammaSampler(alpha);
  const logGammaB = logGammaSampler(beta);
  return (draws) => {
    const logX = logGammaA(draws);
    return 1 / (1 + Math.exp(logGammaB(draws) - logX));
  };
}

const TWO_PI = 2 * Math.PI;

/** Gamma draws from a per-draw Rng: Box-Muller normals (cosine branch), uniforms in (0, 1]. */
function fromRng(rng: Rng): GammaDraws {
  return {
    normal: () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(TWO_PI * rng()),
    uniform: () => 1 - rng(),
  };
}

/** Gamma draws from the engine's stream: ziggurat normals (6 ns, against 40 for Box-Muller). */
function fromSource(source: UniformSource): GammaDraws {
  return { normal: () => nextStandardNormal(source), uniform: () => source.next() };
}

/**
 * The batch fill of a beta with both shapes at least 1 (every PERT): min + width X / (X + Y),
 * X and Y Marsaglia-Tsang gammas drawn from the stream in the order unitBetaSampler draws
 * them, so the same values. Written as loops over stored draws (gammaInto) rather than
 * closures returning them, which returned a heap number at each of four calls a value:
 * ~50 ns a draw, most of a PERT-heavy scenario's drawing.
 */
function fillByGammas(a: { readonly d: number; readonly c: number }, b: { readonly d: number; readonly c: number }, min: number, width: number): Distribution['fill'] {
  const pair = new Float64Array(2);
  const scratch = new Float64Array(1);
  return (source, out, length) => betaByGammas(source, out, length, a.d, a.c, b.d, b.c, min, width, pair, scratch);
}

/** The loop of fillByGammas, a function of the module's own: its parameters in registers, not reloaded from a closure each value. */
function betaByGammas(source: UniformSource, out: Float64Array, length: number, dA: number, cA: number, dB: number, cB: number, min: number, width: number, pair: Float64Array, scratch: Float64Array): void {
  for (let i = 0; i < length; i++) {
    gammaInto(source, dA, cA, pair, 0, scratch);
    gammaInto(source, dB, cB, pair, 1, scratch);
    const x = pair[0] as number;
    out[i] = min + width * (x / (x + (pair[1] as number)));
  }
}
