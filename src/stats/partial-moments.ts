import { EMPTY_MOMENTS, mergeMoments, momentsOf, type Moments } from './moments.js';

/** Moments of a column and of its positive and negative parts, max(y, 0) and max(-y, 0). */
export interface PartialMoments {
  readonly all: Moments;
  readonly positive: Moments;
  readonly negative: Moments;
}

export const EMPTY_PARTIAL_MOMENTS: PartialMoments = { all: EMPTY_MOMENTS, positive: EMPTY_MOMENTS, negative: EMPTY_MOMENTS };

export class PartialMomentsAccumulator {
  private sums = EMPTY_PARTIAL_MOMENTS;
  private readonly part: Float64Array;

  constructor(blockRows: number) {
    this.part = new Float64Array(blockRows);
  }

  add(values: Float64Array, rows: number): void {
    const { part } = this;
    for (let i = 0; i < rows; i++) part[i] = Math.max(values[i] as number, 0);
    const positive = momentsOf(part, rows);
    for (let i = 0; i < rows; i++) part[i] = Math.max(-(values[i] as number), 0);
    const negative = momentsOf(part, rows);
    this.sums = mergePartialMoments(this.sums, { all: momentsOf(values, rows), positive, negative });
  }

  finish(): PartialMoments {
    const result = this.sums;
    this.sums = EMPTY_PARTIAL_MOMENTS;
    return result;
  }
}

export function mergePartialMoments(a: PartialMoments, b: PartialMoments): PartialMoments {
  return { all: mergeMoments(a.all, b.all), positive: mergeMoments(a.positive, b.positive), negative: mergeMoments(a.negative, b.negative) };
}
