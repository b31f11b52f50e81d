import { EMPTY_MOMENTS, mergeMoments, momentsOf, type Moments } from './moments.js';

/**
 * Alternatives compared row by row (on common random numbers): how often each is the best
 * (highest value; ties go to the first), and the moments of each one's regret, the best
 * value of the row minus its own. Alternative 0 may be a constant (staying as one is).
 */
export interface BestOf {
  readonly wins: readonly number[];
  readonly regret: readonly Moments[];
}

export class BestOfAccumulator {
  private wins: number[];
  private regret: Moments[];
  private readonly best: Float64Array;
  private readonly scratch: Float64Array;

  /** `constant`: a value every row has as alternative 0, or undefined for none. */
  constructor(
    private readonly alternatives: number,
    private readonly constant: number | undefined,
    blockRows: number,
  ) {
    this.wins = new Array<number>(alternatives).fill(0);
    this.regret = new Array<Moments>(alternatives).fill(EMPTY_MOMENTS);
    this.best = new Float64Array(blockRows);
    this.scratch = new Float64Array(blockRows);
  }

  /** `columns`: one per alternative after the constant one, in order. */
  add(columns: readonly Float64Array[], rows: number): void {
    const { best, scratch, constant } = this;
    const offset = constant === undefined ? 0 : 1;
    const value = (a: number, i: number) => (a < offset ? (constant as number) : ((columns[a - offset] as Float64Array)[i] as number));
    for (let i = 0; i < rows; i++) {
      let winner = 0;
      let top = value(0, i);
      for (let a = 1; a < this.alternatives; a++) {
        const v = value(a, i);
        if (v > top) {
          top = v;
          winner = a;
        }
      }
      best[i] = top;
      this.wins[winner] = (this.wins[winner] as number) + 1;
    }
    for (let a = 0; a < this.alternatives; a++) {
      for (let i = 0; i < rows; i++) scratch[i] = (best[i] as number) - value(a, i);
      this.regret[a] = mergeMoments(this.regret[a] as Moments, momentsOf(scratch, rows));
    }
  }

  finish(): BestOf {
    const result = { wins: this.wins, regret: this.regret };
    this.wins = new Array<number>(this.alternatives).fill(0);
    this.regret = new Array<Moments>(this.alternatives).fill(EMPTY_MOMENTS);
    return result;
  }
}

export function mergeBestOf(a: BestOf, b: BestOf): BestOf {
  return { wins: a.wins.map((w, k) => w + (b.wins[k] as number)), regret: a.regret.map((m, k) => mergeMoments(m, b.regret[k] as Moments)) };
}
