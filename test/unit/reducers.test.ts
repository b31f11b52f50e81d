import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/rng/create-rng.js';
import { HistogramAccumulator, mergeHistograms } from '../../src/stats/histogram.js';
import { countAt, mergeThresholdCounts, sortedThresholds, ThresholdCountAccumulator } from '../../src/stats/threshold-counts.js';

const rng = createRng('reducers');
const values = Float64Array.from({ length: 5_000 }, (_, i) => (i % 50 === 0 ? Infinity : i % 77 === 0 ? Number.NaN : Math.floor(40 * rng()) - 2 + (i % 3 === 0 ? 0 : rng())));
/** Values where a shortcut would slip: signed zeros, the smallest doubles, infinities, NaN, 2^53 and beyond. */
const EDGES = [0, -0, 5e-324, -5e-324, 1e-300, Number.EPSILON, 1 - Number.EPSILON / 2, 2 ** 53, 2 ** 53 + 2, Infinity, -Infinity, Number.NaN];
const thresholds = [12, ...Array.from({ length: 37 }, (_, m) => m), -5, 100];

describe('threshold counts', () => {
  const brute = (op: '<=' | '<' | '>' | '>=', t: number) =>
    values.filter((x) => (op === '<=' ? x <= t : op === '<' ? x < t : op === '>' ? x > t : x >= t)).length;

  it.each([true, false])('equal a brute-force count at every threshold (inclusive: %s), merged from blocks', (inclusive) => {
    const sorted = sortedThresholds(thresholds);
    const a = new ThresholdCountAccumulator(sorted, inclusive);
    const b = new ThresholdCountAccumulator(sorted, inclusive);
    a.add(values.subarray(0, 1_234), 1_234);
    b.add(values.subarray(1_234), values.length - 1_234);
    const counts = mergeThresholdCounts(a.finish(), b.finish());
    for (const t of thresholds) {
      for (const op of inclusive ? (['<=', '>'] as const) : (['<', '>='] as const)) expect(countAt(counts, op, t)).toBe(brute(op, t));
    }
  });

  it.each([
    ['whole-number', Array.from({ length: 37 }, (_, m) => m)],
    ['evenly spaced', Array.from({ length: 9 }, (_, m) => 2 * m - 5)],
    ['evenly spaced by a fraction', Array.from({ length: 21 }, (_, k) => -1 + 0.1 * k)],
    ['uneven', [-3, 0, 0.5, 2, 12, 12.5, 30, 1e9]],
    ['a few', [0, 12.5, 30]],
    ['one', [0]],
  ])('agree with a brute-force count on values sitting exactly on %s thresholds', (_kind, ts) => {
    const onGrid = Float64Array.from([...ts, ...ts.map((t) => t + 1e-12), ...ts.map((t) => t - 1e-12), ...EDGES, ...values]);
    for (const inclusive of [true, false]) {
      const acc = new ThresholdCountAccumulator(sortedThresholds(ts), inclusive);
      acc.add(onGrid, onGrid.length);
      const counts = acc.finish();
      for (const t of ts) {
        const op = inclusive ? '<=' : '<';
        expect(countAt(counts, op, t)).toBe(onGrid.filter((x) => (inclusive ? x <= t : x < t)).length);
      }
    }
  });

  it('refuses a threshold it did not count and an operator it cannot answer', () => {
    const acc = new ThresholdCountAccumulator(sortedThresholds([1]), true);
    acc.add(values, values.length);
    const counts = acc.finish();
    expect(() => countAt(counts, '<=', 2)).toThrow(/no count at threshold 2/);
    expect(() => countAt(counts, '<', 1)).toThrow(/not for </);
  });
});

describe('histogram', () => {
  it('bins like a brute-force count, with under, over and NaN apart, merged from blocks', () => {
    const a = new HistogramAccumulator(0, 30, 15);
    const b = new HistogramAccumulator(0, 30, 15);
    a.add(values.subarray(0, 2_000), 2_000);
    b.add(values.subarray(2_000), values.length - 2_000);
    const h = mergeHistograms(a.finish(), b.finish());
    const finite = [...values].filter((x) => !Number.isNaN(x));
    expect(h.below).toBe(finite.filter((x) => x < 0).length);
    expect(h.above).toBe(finite.filter((x) => x >= 30).length);
    expect(h.nan).toBe(values.length - finite.length);
    h.counts.forEach((count, k) => expect(count).toBe(finite.filter((x) => x >= 2 * k && x < 2 * k + 2).length));
  });
});
