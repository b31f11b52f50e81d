import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DistinctCounter } from '../../src/stats/distinct-counts.js';

/** What the counter replaces: a Map of the values (NaN skipped, -0 as 0), undefined beyond `capacity` distinct. */
function reference(blocks: readonly number[][], capacity: number) {
  const seen = new Map<number, number>();
  for (const x of blocks.flat()) {
    if (Number.isNaN(x)) continue;
    const key = x === 0 ? 0 : x;
    if (!seen.has(key) && seen.size === capacity) return undefined;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const values = [...seen.keys()].sort((a, b) => a - b);
  return { values, counts: values.map((v) => seen.get(v)) };
}

describe('DistinctCounter', () => {
  it('counts as a Map would, block after block, and gives up for good beyond its capacity', () => {
    const value = fc.oneof(fc.constantFrom(0, -0, 1, 2, 3, -1, 2.5, Infinity, -Infinity, Number.NaN), fc.integer({ min: -20, max: 20 }));
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 40 }), { maxLength: 6 }), fc.integer({ min: 1, max: 16 }), (blocks, capacity) => {
        const counter = new DistinctCounter(capacity);
        for (const block of blocks) counter.add(Float64Array.from(block), block.length);
        const taken = counter.take();
        const expected = reference(blocks, capacity);
        expect(taken && { values: [...taken.values], counts: [...taken.counts] }).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('is empty again after take', () => {
    const counter = new DistinctCounter(2);
    counter.add(Float64Array.of(1, 2, 3), 3);
    expect(counter.take()).toBeUndefined();
    counter.add(Float64Array.of(5, 5, -0), 3);
    expect(counter.take()).toEqual({ values: Float64Array.of(0, 5), counts: Float64Array.of(1, 2) });
  });
});
