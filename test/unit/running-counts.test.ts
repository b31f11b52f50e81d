import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/rng/create-rng.js';
import { mergeRunningCounts, RunningCountsAccumulator, type RunningCounts } from '../../src/stats/running-counts.js';

/** Cumulative (rows, hits) after each block of `block` rows, every point kept. */
function everyPoint(values: Float64Array, block: number, atMost: number): { rows: number[]; hits: number[] } {
  const rows: number[] = [];
  const hits: number[] = [];
  let count = 0;
  for (let start = 0; start < values.length; start += block) {
    const end = Math.min(values.length, start + block);
    for (let i = start; i < end; i++) count += +((values[i] as number) <= atMost);
    rows.push(end);
    hits.push(count);
  }
  return { rows, hits };
}

/** The brute-force thinning: the last point whose floor(8 log2 rows) is each value seen, and the very last. */
function thinnedByBucket({ rows, hits }: { rows: number[]; hits: number[] }): RunningCounts {
  const keep = rows.map((r, i) => i === rows.length - 1 || Math.floor(8 * Math.log2(r)) !== Math.floor(8 * Math.log2(rows[i + 1] as number)));
  return { rows: rows.filter((_, i) => keep[i]), hits: hits.filter((_, i) => keep[i]) };
}

function accumulate(values: Float64Array, block: number, atMost: number): RunningCounts {
  const accumulator = new RunningCountsAccumulator(atMost);
  for (let start = 0; start < values.length; start += block) {
    const chunk = values.subarray(start, Math.min(values.length, start + block));
    accumulator.add(chunk, chunk.length);
  }
  return accumulator.finish();
}

describe('running counts', () => {
  const rng = createRng('running counts');
  // Whole numbers, so that some equal the bound (a hit: at most); NaN counts as no hit.
  const values = Float64Array.from({ length: 50_000 }, (_, i) => (i % 211 === 0 ? Number.NaN : i % 199 === 0 ? Infinity : Math.floor(rng() * 24 - 4)));

  it('keeps the last point of each eighth of a doubling, and counts what a brute-force pass counts', () => {
    const counts = accumulate(values, 1_000, 12);
    expect(counts).toEqual(thinnedByBucket(everyPoint(values, 1_000, 12)));
    expect(counts.rows.at(-1)).toBe(values.length);
    expect(counts.hits.at(-1)).toBe(values.filter((x) => x <= 12).length);
  });

  it('merged chunk by chunk, in order, equals one pass over all the rows', () => {
    const chunks = [0, 7_000, 20_000, 33_000, 50_000];
    let merged: RunningCounts | undefined;
    for (let c = 0; c + 1 < chunks.length; c++) {
      const part = accumulate(values.subarray(chunks[c], chunks[c + 1]), 1_000, 12);
      merged = merged === undefined ? part : mergeRunningCounts(merged, part);
    }
    expect(merged).toEqual(accumulate(values, 1_000, 12));
  });
});
