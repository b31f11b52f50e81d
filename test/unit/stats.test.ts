import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateProbability } from '../../src/stats/binomial-interval.js';
import { bucketValue, fractionPositiveInfinite, mergeSketches, SKETCH_RELATIVE_ACCURACY, SketchAccumulator, sketchFold, sketchHistogram, sketchOf, sketchQuantile, sketchQuantiles } from '../../src/stats/quantile-sketch.js';
import { EMPTY_MOMENTS, mergeMoments, MomentsAccumulator, momentsFromSums, momentsOf, RunningMoments, standardDeviation } from '../../src/stats/moments.js';
import { createRng } from '../../src/rng/create-rng.js';

/** numpy's quantile(method='lower'): the order statistic of rank floor(q (n - 1)). */
function lowerQuantile(sorted: Float64Array, q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))] as number;
}

function mixedSample(n: number, seed: string): Float64Array {
  const rng = createRng(seed);
  // Values of both signs over six orders of magnitude, some exact zeros.
  return Float64Array.from({ length: n }, (_, i) =>
    i % 97 === 0 ? 0 : (rng() < 0.3 ? -1 : 1) * Math.exp(14 * rng() - 4),
  );
}

describe('moments', () => {
  it('merged chunk moments equal the moments of the whole', () => {
    const xs = mixedSample(10_001, 'moments');
    const merged = [0, 3_000, 7_777].reduce(
      (acc, start, i, starts) => mergeMoments(acc, momentsOf(xs.subarray(start, starts[i + 1] ?? xs.length))),
      momentsOf(new Float64Array(0)),
    );
    const whole = momentsOf(xs);
    expect(merged.count).toBe(whole.count);
    expect(merged.mean).toBeCloseTo(whole.mean, 9);
    expect(standardDeviation(merged) / standardDeviation(whole)).toBeCloseTo(1, 12);
  });

  it('skips infinite values and knows the textbook variance of 1..5', () => {
    const m = momentsOf(Float64Array.from([1, 2, Infinity, 3, 4, 5]));
    expect(m.count).toBe(5);
    expect(m.mean).toBe(3);
    expect(standardDeviation(m)).toBeCloseTo(Math.sqrt(2.5), 14);
  });
});

describe('quantile sketch', () => {
  const alpha = SKETCH_RELATIVE_ACCURACY;
  const xs = mixedSample(50_000, 'sketch');

  it('promises better than 0.1% relative error', () => {
    expect(alpha).toBeLessThan(1e-3);
  });

  it('reads every value back within alpha, across the whole range of doubles', () => {
    const rng = createRng('bits');
    const accumulator = new SketchAccumulator();
    for (let i = 0; i < 20_000; i++) {
      const x = (rng() < 0.5 ? -1 : 1) * Math.exp(1400 * rng() - 700);
      accumulator.add(Float64Array.of(x, 2 * x, x / 2), 3);
      const got = sketchQuantile(accumulator.finish(), 0.5);
      expect(Math.abs(got - x)).toBeLessThanOrEqual(alpha * Math.abs(x));
    }
  });

  it('lists exactly the non-empty buckets, in value order, merged or not, and starts the next chunk empty', () => {
    // The buckets by brute force: a value's key is its high 21 bits, negative keys reversed
    // below the positive ones, NaN (either sign, any payload) counted apart.
    const words = new Uint32Array(2);
    const doubles = new Float64Array(words.buffer);
    const bucketsOf = (values: Float64Array) => {
      const counts = new Map<number, number>();
      let nan = 0;
      for (const x of values) {
        doubles[0] = x;
        const raw = (words[1] as number) >>> 11;
        if ((raw & 0xfffff) > 0x7ff00000 >>> 11) nan++;
        else {
          const rank = raw >= 1 << 20 ? 2 ** 21 - 1 - raw : raw + (1 << 20);
          counts.set(rank, (counts.get(rank) ?? 0) + 1);
        }
      }
      const keys = [...counts.keys()].sort((a, b) => a - b);
      return { keys, counts: keys.map((k) => counts.get(k)), nan };
    };
    const negativeNaN = (() => {
      words[1] = 0xfff80001;
      words[0] = 7;
      return doubles[0] as number;
    })();
    const special = fc.constantFrom(Infinity, -Infinity, Number.NaN, negativeNaN, 0, -0, 5e-324, -Number.MAX_VALUE);
    const value = fc.oneof(fc.double(), special, fc.double({ min: -1e5, max: 1e5 }));
    const accumulator = new SketchAccumulator();
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3_000 }), (xs) => {
        const values = Float64Array.from(xs);
        accumulator.add(values, values.length);
        const sketch = accumulator.finish();
        const expected = bucketsOf(values);
        expect([...sketch.keys]).toEqual(expected.keys);
        expect([...sketch.counts]).toEqual(expected.counts);
        expect(sketch.nan).toBe(expected.nan);
        expect(sketch.count).toBe(values.length - expected.nan);
        // Merged from two parts, the same buckets: either list may run out first.
        const cut = xs.length >> 1;
        const merged = mergeSketches(sketchOf(values.subarray(0, cut)), sketchOf(values.subarray(cut)));
        expect([[...merged.keys], [...merged.counts], merged.nan]).toEqual([expected.keys, expected.counts, expected.nan]);
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('counts NaN apart and takes -0 as 0', () => {
    const s = sketchOf(Float64Array.from([Number.NaN, -0, 0, 5, Number.NaN]));
    expect([s.count, s.nan]).toEqual([3, 2]);
    expect(sketchQuantile(s, 0)).toBe(0);
  });
  const sorted = xs.slice().sort();

  it('gives every quantile within relative error alpha of the exact lower quantile', () => {
    const sketch = sketchOf(xs);
    for (let q = 0; q <= 1; q += 0.01) {
      const exact = lowerQuantile(sorted, q);
      expect(Math.abs(sketchQuantile(sketch, q) - exact)).toBeLessThanOrEqual(alpha * Math.abs(exact) * (1 + 1e-9));
    }
  });

  it('reads many quantiles in one pass exactly as one at a time, levels in any order', () => {
    // One at a time by brute force: walk the buckets (or exact values) to the rank's.
    const oneByOne = (sketch: ReturnType<typeof sketchOf>, q: number): number => {
      let remaining = Math.floor(q * (sketch.count - 1)) + 1;
      const clamped = (x: number) => (Number.isFinite(x) ? Math.min(sketch.max, Math.max(sketch.min, x)) : x);
      const [values, counts] = sketch.exact ? [[...sketch.exact.values], sketch.exact.counts] : [[...sketch.keys].map((key) => clamped(bucketValue(key))), sketch.counts];
      for (let k = 0; k < counts.length; k++) if ((remaining -= counts[k] as number) <= 0) return values[k] as number;
      throw new Error('ran out');
    };
    const discrete = sketchOf(Float64Array.from({ length: 5_000 }, (_, i) => (i * 7) % 5));
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }), (levels) => {
        for (const sketch of [sketchOf(xs), discrete]) expect(sketchQuantiles(sketch, [...levels, 0, 1])).toEqual([...levels, 0, 1].map((q) => oneByOne(sketch, q)));
      }),
      { seed: 9, numRuns: 100 },
    );
    expect(() => sketchQuantiles(sketchOf(xs), [0.5, 1.5])).toThrow(/must be in \[0, 1\]/);
  });

  it('merges to exactly the sketch of the union, in any order, and its moments to within rounding', () => {
    const a = sketchOf(xs.subarray(0, 20_000));
    const b = sketchOf(xs.subarray(20_000));
    const whole = sketchOf(xs);
    for (const merged of [mergeSketches(a, b), mergeSketches(b, a)]) {
      const { moments, ...buckets } = merged;
      const { moments: wholeMoments, ...wholeBuckets } = whole;
      // A chunk's counts are 32-bit, merged ones doubles: compared as numbers.
      expect(whole.counts).toBeInstanceOf(Uint32Array);
      expect({ ...buckets, counts: [...buckets.counts] }).toEqual({ ...wholeBuckets, counts: [...wholeBuckets.counts] });
      expect(moments.count).toBe(wholeMoments.count);
      expect(moments.mean).toBeCloseTo(wholeMoments.mean, 9);
      expect(moments.m2 / wholeMoments.m2).toBeCloseTo(1, 12);
    }
  });

  it('folds a run of sketches into pages of counts, to exactly what merging them in order gives', () => {
    const chunks = Array.from({ length: 12 }, (_, c) => sketchOf(xs.subarray(c * 4_000, (c + 1) * 4_000)));
    const fold = sketchFold();
    let running = chunks[0] as ReturnType<typeof sketchOf>;
    let merged = running;
    for (const chunk of chunks.slice(1)) {
      running = fold(running, chunk);
      merged = mergeSketches(merged, chunk);
      // Arrays compared as plain lists: the fold's are views of its buffers.
      expect({ ...running, keys: [...running.keys], counts: [...running.counts] }).toEqual({ ...merged, keys: [...merged.keys], counts: [...merged.counts] });
    }
  });

  it('folds sketches spread over more pages than it first has room for, and starts again for a run it did not make', () => {
    // Magnitudes from 1e-300 to 1e300 of both signs (~4,000 binades: pages well past the
    // fold's first 64), with zeros, infinities and NaN among them.
    const rng = createRng('wide fold');
    const wide = (n: number) =>
      Float64Array.from({ length: n }, (_, i) =>
        i % 101 === 0 ? 0 : i % 103 === 0 ? Infinity : i % 107 === 0 ? -Infinity : i % 109 === 0 ? Number.NaN : (rng() < 0.5 ? -1 : 1) * 10 ** (600 * rng() - 300),
      );
    const chunks = Array.from({ length: 8 }, () => sketchOf(wide(3_000)));
    const plain = (sketch: ReturnType<typeof sketchOf>) => ({ ...sketch, keys: [...sketch.keys], counts: [...sketch.counts] });
    const fold = sketchFold();
    for (const run of [chunks, chunks.slice(3).reverse()]) {
      // The second run hands the fold a running sketch it did not make: it starts from that one.
      let running = run[0] as ReturnType<typeof sketchOf>;
      let merged = running;
      for (const chunk of run.slice(1)) {
        running = fold(running, chunk);
        merged = mergeSketches(merged, chunk);
      }
      expect(merged.keys.length).toBeGreaterThan(64 * 512 * 0.1);
      expect(plain(running)).toEqual(plain(merged));
      // Read twice, the same buckets.
      expect([...running.keys]).toEqual([...merged.keys]);
    }
  });

  it('takes the moments of its finite values exactly as the moments reducer does, block by block', () => {
    // Finite blocks first (sums taken as they come), then blocks with infinities and NaN
    // among them (sums taken again over the finite values), one of values whose squares overflow.
    const values = Float64Array.from(xs, (x, i) =>
      i < 10_240 ? x : i < 11_264 ? x * 1e160 : i % 97 === 0 ? Infinity : i % 89 === 0 ? Number.NaN : i % 83 === 0 ? -Infinity : x,
    );
    const sketch = new SketchAccumulator();
    const moments = new MomentsAccumulator();
    for (let start = 0; start < values.length; start += 1_024) {
      const block = values.subarray(start, Math.min(values.length, start + 1_024));
      sketch.add(block, block.length);
      moments.add(block, block.length);
    }
    expect(sketch.finish().moments).toEqual(moments.finish());
  });

  it('returns a constant sample exactly', () => {
    const s = sketchOf(new Float64Array(1000).fill(12_586_093.4));
    expect([sketchQuantile(s, 0), sketchQuantile(s, 0.5), sketchQuantile(s, 1)]).toEqual([12_586_093.4, 12_586_093.4, 12_586_093.4]);
  });

  it('puts +Infinity above everything and counts it', () => {
    const s = sketchOf(Float64Array.from([3, Infinity, 1, Infinity, 2, Number.NaN]));
    expect(s.count).toBe(5);
    expect(fractionPositiveInfinite(s)).toBeCloseTo(0.4, 15);
    expect(sketchQuantile(s, 0.5)).toBeCloseTo(3, 2);
    expect(sketchQuantile(s, 0.75)).toBe(Infinity);
    expect([s.min, s.max]).toEqual([1, 3]);
  });

  it('refuses an empty sketch and a bad level', () => {
    expect(() => sketchQuantile(sketchOf(new Float64Array(0)), 0.5)).toThrow(/at least one value/);
    expect(() => sketchQuantile(sketchOf(xs), 1.5)).toThrow(/must be in \[0, 1\]/);
  });
});

describe('estimateProbability', () => {
  it('gives the published Wilson intervals', () => {
    const half = estimateProbability(50, 100);
    expect(half.ci95[0]).toBeCloseTo(0.4038, 4);
    expect(half.ci95[1]).toBeCloseTo(0.5962, 4);
    expect(half.standard_error).toBeCloseTo(0.05, 15);
    const none = estimateProbability(0, 10);
    expect(none.ci95[0]).toBe(0);
    expect(none.ci95[1]).toBeCloseTo(0.2775, 4);
  });
});

describe('sketchHistogram', () => {
  it('bins like a brute-force count, but for values within the sketch accuracy of an edge', () => {
    const xs = Float64Array.from({ length: 20_000 }, (_, i) => Math.sin(i) * 1000 + (i % 7));
    const h = sketchHistogram(sketchOf(xs), -500, 500, 20);
    const nearEdge = (x: number) => h.edges.some((e) => Math.abs(x - e) <= SKETCH_RELATIVE_ACCURACY * Math.abs(x) + 1e-9);
    h.counts.forEach((count, k) => {
      const [lo, hi] = [h.edges[k] as number, h.edges[k + 1] as number];
      const exact = [...xs].filter((x) => x >= lo && x < hi).length;
      const fuzzy = [...xs].filter((x) => x >= lo && x < hi && nearEdge(x)).length + [...xs].filter((x) => (x < lo || x >= hi) && nearEdge(x)).length;
      expect(Math.abs(count - exact)).toBeLessThanOrEqual(fuzzy);
    });
    expect(h.below + h.above + h.counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
  });
});

describe('a sketch of few distinct values', () => {
  it('gives exact quantiles, merged across chunks, and falls back to buckets past 16 values', () => {
    const few = Float64Array.from({ length: 3_000 }, (_, i) => [1000, 5000, 20000][i % 3] as number);
    const merged = mergeSketches(sketchOf(few.subarray(0, 1_000)), sketchOf(few.subarray(1_000)));
    expect([0, 0.3, 0.5, 0.9, 1].map((q) => sketchQuantile(merged, q))).toEqual([1000, 1000, 5000, 20000, 20000]);
    expect(merged.exact?.counts).toEqual(Float64Array.of(1000, 1000, 1000));
    const many = Float64Array.from({ length: 100 }, (_, i) => i * 1.001);
    expect(sketchOf(many).exact).toBeUndefined();
    const split = mergeSketches(sketchOf(many.subarray(0, 10)), sketchOf(many.subarray(10, 20)));
    expect(split.exact).toBeUndefined();
  });
});

describe('running moments', () => {
  it('merge blocks in place exactly as mergeMoments(running, momentsFromSums(...)), and start empty again after take', () => {
    const blocks: [number, number, number, number][] = [
      [0, 5, 0, 0],
      [3, 1.5, 0.25, 7.125],
      [1_024, -3.2e4, 17.5, 9.9e8],
      [0, 1, 0, 0],
      [7, 1e-300, 3e-301, 1e-600],
      [2, 0.1, 0.2, 0.3],
    ];
    const running = new RunningMoments();
    for (let round = 0; round < 2; round++) {
      let expected = EMPTY_MOMENTS;
      for (const [count, shift, s1, s2] of blocks) {
        running.addSums(count, shift, s1, s2);
        expected = mergeMoments(expected, momentsFromSums(count, shift, s1, s2));
      }
      const got = running.take();
      expect([got.count, got.mean, got.m2].every((x, k) => Object.is(x, [expected.count, expected.mean, expected.m2][k]))).toBe(true);
    }
    expect(running.take()).toBe(EMPTY_MOMENTS);
  });
});
