import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortOrder } from '../../src/stats/sort-order.js';

/** The order Float64Array's sort gives the values (-0 before 0), equal values by index. */
function referenceOrder(values: Float64Array): number[] {
  const signOrder = (x: number) => (Object.is(x, -0) ? 0 : 1);
  return Array.from(values.keys()).sort((a, b) => {
    const x = values[a] as number;
    const y = values[b] as number;
    return x < y ? -1 : x > y ? 1 : signOrder(x) - signOrder(y) || a - b;
  });
}

describe('sortOrder', () => {
  it('orders indices by value, -0 before 0, ties by index, across doubles that round to one float32', () => {
    const near = [1, 1 + 2 ** -52, 1 + 2 ** -40, 1 - 2 ** -53, 0.1, 0.1 + 2 ** -56];
    const edges = [0, -0, 5e-324, -5e-324, 1e-320, -1e-320, 1e39, -1e39, 3.4e38, Infinity, -Infinity, -1, -1 - 2 ** -52];
    const pool = [...near, ...near.map((x) => -x), ...edges];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pool), fc.double({ noNaN: true })), { maxLength: 3_000 }), (xs) => {
        const values = Float64Array.from(xs);
        expect(Array.from(sortOrder(values))).toEqual(referenceOrder(values));
      }),
      { numRuns: 200 },
    );
  });

  it('sorts a chunk of 200,000 draws as the comparator does', () => {
    let state = 12345;
    const values = Float64Array.from({ length: 200_000 }, () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state / 2 ** 32 - 0.5) * 6;
    });
    const order = sortOrder(values);
    expect(Array.from(order)).toEqual(referenceOrder(values));
  });
});
