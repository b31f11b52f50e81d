import { EMPTY_MOMENTS, mergeMoments, type Moments } from '../../stats/moments.js';

/**
 * Moments of each step of a series output (e.g. the cash flow of each month), over rows.
 * Values are row-major: row i's step t at i * series + t.
 */
export class SeriesMomentsAccumulator {
  private moments: Moments[];

  constructor(private readonly series: number) {
    this.moments = Array.from({ length: series }, () => EMPTY_MOMENTS);
  }

  add(values: Float64Array, rows: number): void {
    for (let t = 0; t < this.series; t++) {
      let count = 0;
      let sum = 0;
      for (let i = 0; i < rows; i++) {
        const x = values[i * this.series + t] as number;
        if (Number.isFinite(x)) (count++, (sum += x));
      }
      const mean = count > 0 ? sum / count : 0;
      let m2 = 0;
      for (let i = 0; i < rows; i++) {
        const x = values[i * this.series + t] as number;
        if (Number.isFinite(x)) m2 += (x - mean) * (x - mean);
      }
      this.moments[t] = mergeMoments(this.moments[t] as Moments, count > 0 ? { count, mean, m2 } : EMPTY_MOMENTS);
    }
  }

  finish(): Moments[] {
    const result = this.moments;
    this.moments = result.map(() => EMPTY_MOMENTS);
    return result;
  }
}

export function mergeSeriesMoments(a: readonly Moments[], b: readonly Moments[]): Moments[] {
  return a.map((m, t) => mergeMoments(m, b[t] as Moments));
}
