import { describe, expect, it } from 'vitest';
import { gammaSampler } from '../../distributions/gamma-sampler.js';
import { fillStandardNormal, nextStandardNormal } from '../../distributions/normal-ziggurat.js';
import { beta, logNormal, normal, pert } from '../../distributions/index.js';
import { createUniformStream } from '../../src/rng/uniform-stream.js';

const sameBits = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

describe('batch normal fills', () => {
  // 1e5 draws: about 1,200 fall outside their layer's rectangle (wedge and tail).
  const n = 100_000;

  it('fillStandardNormal gives the draws of as many nextStandardNormal calls, in order, and leaves the stream where they do', () => {
    const one = createUniformStream('fill');
    const batch = createUniformStream('fill');
    const expected = Float64Array.from({ length: n }, () => nextStandardNormal(one));
    const got = new Float64Array(n);
    // In uneven pieces: blocks cut a column anywhere.
    for (const [from, to] of [[0, 1], [1, 777], [777, 50_000], [50_000, n]] as const) fillStandardNormal(batch, got, from, to);
    expect(sameBits(got, expected)).toBe(true);
    expect(expected.some((z) => Math.abs(z) > 3.442619855899)).toBe(true);
    expect(batch.nextUint32()).toBe(one.nextUint32());
  });

  it('a truncated normal fills a column as a draw-until-inside loop per value does', () => {
    // Mass 0.69 above -0.5: about one draw in three rejected.
    const [mean, sd, min] = [10, 2, 9];
    const reference = createUniformStream('truncated');
    const expected = Float64Array.from({ length: n }, () => {
      let z: number;
      do z = nextStandardNormal(reference);
      while (!(z >= (min - mean) / sd));
      return Math.max(min, mean + sd * z);
    });
    const batch = createUniformStream('truncated');
    const got = new Float64Array(n);
    const dist = normal(mean, sd, min);
    dist.fill(batch, got.subarray(0, 1_000), 1_000);
    dist.fill(batch, got.subarray(1_000), n - 1_000);
    expect(sameBits(got, expected)).toBe(true);
    expect(batch.nextUint32()).toBe(reference.nextUint32());
  });

  it('a lognormal column is exp(mu + sigma z) of the standard normal draws', () => {
    const reference = createUniformStream('lognormal');
    const expected = Float64Array.from({ length: n }, () => Math.exp(1 + 0.5 * nextStandardNormal(reference)));
    const got = new Float64Array(n);
    logNormal(1, 0.5).fill(createUniformStream('lognormal'), got, n);
    expect(sameBits(got, expected)).toBe(true);
  });
});

describe('batch beta fills', () => {
  it('a PERT (both shapes >= 1) fills a column as X / (X + Y) of the Marsaglia-Tsang gammas drawn one after the other', () => {
    const n = 50_000;
    for (const [dist, alpha, b, min, max] of [
      [pert(8, 16, 30), 1 + (4 * (16 - 8)) / (30 - 8), 1 + (4 * (30 - 16)) / (30 - 8), 8, 30],
      [beta(1, 1), 1, 1, 0, 1],
      [beta(2.5, 7), 2.5, 7, 0, 1],
    ] as const) {
      const reference = createUniformStream('beta');
      const draws = { normal: () => nextStandardNormal(reference), uniform: () => reference.next() };
      const [gammaA, gammaB] = [gammaSampler(alpha), gammaSampler(b)];
      const expected = Float64Array.from({ length: n }, () => {
        const x = gammaA(draws);
        return min + (max - min) * (x / (x + gammaB(draws)));
      });
      const got = new Float64Array(n);
      const batch = createUniformStream('beta');
      dist.fill(batch, got.subarray(0, 333), 333);
      dist.fill(batch, got.subarray(333), n - 333);
      expect(sameBits(got, expected)).toBe(true);
      expect(batch.nextUint32()).toBe(reference.nextUint32());
    }
  });
});
