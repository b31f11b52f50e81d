/**
 * How an event's count grew with the rows seen: cumulative (rows, hits) after each block,
 * thinned to about 8 points per doubling of rows. Merged in chunk order (the later summary's
 * points shifted by the earlier one's totals), it traces the headline's convergence over the
 * whole run in flat memory.
 */
export interface RunningCounts {
  readonly rows: readonly number[];
  readonly hits: readonly number[];
}

/** Points kept per doubling of the rows. */
const PER_DOUBLING = 8;

export class RunningCountsAccumulator {
  private rows: number[] = [];
  private hits: number[] = [];
  private seen = 0;
  private count = 0;

  constructor(private readonly atMost: number) {}

  add(values: Float64Array, rows: number): void {
    let hits = 0;
    for (let i = 0; i < rows; i++) hits += +((values[i] as number) <= this.atMost);
    this.seen += rows;
    this.count += hits;
    this.rows.push(this.seen);
    this.hits.push(this.count);
  }

  finish(): RunningCounts {
    const result = thin({ rows: this.rows, hits: this.hits });
    this.rows = [];
    this.hits = [];
    this.seen = 0;
    this.count = 0;
    return result;
  }
}

/** The last point of each bucket floor(8 log2 rows), and the very last point. */
function thin(counts: RunningCounts): RunningCounts {
  const bucket = (rows: number) => Math.floor(PER_DOUBLING * Math.log2(rows));
  const keep = counts.rows.map((rows, i) => i === counts.rows.length - 1 || bucket(rows) !== bucket(counts.rows[i + 1] as number));
  return { rows: counts.rows.filter((_, i) => keep[i]), hits: counts.hits.filter((_, i) => keep[i]) };
}

export function mergeRunningCounts(a: RunningCounts, b: RunningCounts): RunningCounts {
  const rows0 = a.rows.at(-1) ?? 0;
  const hits0 = a.hits.at(-1) ?? 0;
  return thin({ rows: [...a.rows, ...b.rows.map((r) => r + rows0)], hits: [...a.hits, ...b.hits.map((h) => h + hits0)] });
}
