import { describe, expect, it } from 'vitest';
import { medianInterval } from '../bench/median-interval.js';

describe('medianInterval', () => {
  const ranked = (n: number) => Array.from({ length: n }, (_, i) => n - i); // n, n-1, ..., 1: order must not matter

  it('takes the order statistics of the binomial tables (n = 9: the 2nd and 8th, 96.1%)', () => {
    // P(Binomial(9, 1/2) <= 1) = 10/512 <= 0.025 < P(<= 2) = 46/512.
    expect(medianInterval(ranked(9))).toEqual({ low: 2, high: 8, coverage: 1 - 20 / 512 });
    // n = 20: P(<= 5) = 21,700/2^20 = 0.0207, P(<= 6) = 0.0577: the 6th and 15th.
    const twenty = medianInterval(ranked(20));
    expect([twenty.low, twenty.high]).toEqual([6, 15]);
    expect(twenty.coverage).toBeCloseTo(1 - (2 * 21_700) / 2 ** 20, 12);
  });

  it('is the whole range when no narrower interval reaches the level, and at least the level otherwise', () => {
    expect(medianInterval(ranked(5))).toEqual({ low: 1, high: 5, coverage: 1 - 2 / 32 });
    for (let n = 6; n <= 40; n++) expect(medianInterval(ranked(n)).coverage).toBeGreaterThanOrEqual(0.95);
    expect(() => medianInterval([])).toThrow(RangeError);
  });
});
