import type { UniformStream } from '../rng/uniform-stream.js';

/**
 * The sums behind first-order and total Sobol indices from a Saltelli design: for each base
 * row j, f(A_j), f(B_j), f(AB^i_j) and f(BA^i_j), AB^i being A with input i's column taken
 * from B and BA^i the reverse (Saltelli et al. 2010, doi:10.1016/j.cpc.2009.09.018). With
 * D_i = f(AB^i) - f(A) and E_i = f(BA^i) - f(B):
 *   V    = variance of f over the rows of A and B together,
 *   S_i  = (Cov(f(B), D_i) + Cov(f(A), E_i)) / 2V   (Saltelli 2010, centred, both ways),
 *   ST_i = (E[D_i^2] + E[E_i^2]) / 4V               (Jansen 1999, both ways).
 * Each sum is kept once plainly and once per bootstrap replicate, every group weighted by a
 * Poisson(1) count (the Poisson bootstrap, Hanley and MacGibbon 2006): replicates stay sums,
 * so chunks merge by addition and memory does not grow with the sample.
 *
 * Layout of one set of sums: [W, sum fA, sum fA^2, sum fB, sum fB^2, then per input i:
 * sum fB D_i, sum D_i, sum D_i^2, sum fA E_i, sum E_i, sum E_i^2], f taken less a shift to
 * keep cancellation small.
 */
export interface SobolSums {
  readonly inputs: number;
  /** The plain sums (weights 1). */
  readonly sums: Float64Array;
  /** `replicates` sets of weighted sums, one after the other. */
  readonly replicates: Float64Array;
}

const HEAD = 5;
const PER_INPUT = 6;
const width = (inputs: number) => HEAD + PER_INPUT * inputs;

/** Poisson(1) probabilities' running sums: a uniform's count is the first index above it. */
const POISSON_ONE_CDF = (() => {
  const cdf: number[] = [];
  let p = Math.exp(-1);
  let total = 0;
  for (let k = 0; total < 1 - 1e-16 && k < 30; k++) {
    total += p;
    cdf.push(total);
    p /= k + 1;
  }
  return Float64Array.from(cdf);
})();

function poissonOne(u: number): number {
  let k = 0;
  while (k < POISSON_ONE_CDF.length && u > (POISSON_ONE_CDF[k] as number)) k++;
  return k;
}

/** Adds a chunk's outputs, rows grouped as the Saltelli sampler lays them: A, B, AB^1..AB^d, BA^1..BA^d. */
export class SobolSumsAccumulator {
  private readonly group: Float64Array;
  private readonly weights: Float64Array;
  private position = 0;
  private sums: Float64Array;
  private replicates: Float64Array;

  constructor(
    private readonly inputs: number,
    private readonly shift: number,
    private readonly replicateCount: number,
    private readonly weightStream: UniformStream,
  ) {
    this.group = new Float64Array(2 * inputs + 2);
    this.weights = new Float64Array(replicateCount);
    this.sums = new Float64Array(width(inputs));
    this.replicates = new Float64Array(replicateCount * width(inputs));
  }

  add(values: Float64Array, rows: number): void {
    for (let i = 0; i < rows; i++) {
      const y = values[i] as number;
      if (!Number.isFinite(y)) throw new RangeError(`Sobol indices need a finite output (got ${y})`);
      this.group[this.position++] = y - this.shift;
      if (this.position === this.group.length) {
        this.position = 0;
        this.addGroup();
      }
    }
  }

  finish(): SobolSums {
    if (this.position !== 0) throw new RangeError('a Saltelli chunk must hold whole groups of rows');
    const result = { inputs: this.inputs, sums: this.sums, replicates: this.replicates };
    this.sums = new Float64Array(width(this.inputs));
    this.replicates = new Float64Array(this.replicateCount * width(this.inputs));
    return result;
  }

  private addGroup(): void {
    const { group, weights } = this;
    addWeighted(this.sums, 0, group, 1, this.inputs);
    this.weightStream.fill(weights, weights.length);
    for (let r = 0; r < weights.length; r++) {
      const w = poissonOne(weights[r] as number);
      if (w > 0) addWeighted(this.replicates, r * width(this.inputs), group, w, this.inputs);
    }
  }
}

function addWeighted(into: Float64Array, at: number, group: Float64Array, w: number, inputs: number): void {
  const a = group[0] as number;
  const b = group[1] as number;
  into[at] = (into[at] as number) + w;
  into[at + 1] = (into[at + 1] as number) + w * a;
  into[at + 2] = (into[at + 2] as number) + w * a * a;
  into[at + 3] = (into[at + 3] as number) + w * b;
  into[at + 4] = (into[at + 4] as number) + w * b * b;
  for (let i = 0; i < inputs; i++) {
    const d = (group[2 + i] as number) - a;
    const e = (group[2 + inputs + i] as number) - b;
    const k = at + HEAD + PER_INPUT * i;
    into[k] = (into[k] as number) + w * b * d;
    into[k + 1] = (into[k + 1] as number) + w * d;
    into[k + 2] = (into[k + 2] as number) + w * d * d;
    into[k + 3] = (into[k + 3] as number) + w * a * e;
    into[k + 4] = (into[k + 4] as number) + w * e;
    into[k + 5] = (into[k + 5] as number) + w * e * e;
  }
}

export function mergeSobolSums(a: SobolSums, b: SobolSums): SobolSums {
  const add = (x: Float64Array, y: Float64Array) => x.map((v, k) => v + (y[k] as number));
  return { inputs: a.inputs, sums: add(a.sums, b.sums), replicates: add(a.replicates, b.replicates) };
}

export interface SobolIndex {
  readonly estimate: number;
  /** Percentile interval of the bootstrap replicates. */
  readonly ci95: readonly [number, number];
}

export interface SobolIndices {
  /** Base rows N: the design evaluated the model N (2d + 2) times. */
  readonly base_samples: number;
  readonly variance: number;
  readonly first: readonly SobolIndex[];
  readonly total: readonly SobolIndex[];
}

/** First-order and total indices of each input from one set of sums. */
function indicesOf(s: Float64Array, at: number, inputs: number): { variance: number; first: number[]; total: number[] } {
  const w = s[at] as number;
  const mean = ((s[at + 1] as number) + (s[at + 3] as number)) / (2 * w);
  const variance = ((s[at + 2] as number) + (s[at + 4] as number)) / (2 * w) - mean * mean;
  const meanA = (s[at + 1] as number) / w;
  const meanB = (s[at + 3] as number) / w;
  const first: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < inputs; i++) {
    const k = at + HEAD + PER_INPUT * i;
    const covB = (s[k] as number) / w - meanB * ((s[k + 1] as number) / w);
    const covA = (s[k + 3] as number) / w - meanA * ((s[k + 4] as number) / w);
    first.push((covB + covA) / (2 * variance));
    total.push(((s[k + 2] as number) + (s[k + 5] as number)) / (4 * w) / variance);
  }
  return { variance, first, total };
}

/** The indices with 95% bootstrap percentile intervals. */
export function sobolIndices(sums: SobolSums): SobolIndices {
  const { inputs } = sums;
  const point = indicesOf(sums.sums, 0, inputs);
  const count = sums.replicates.length / width(inputs);
  const boot = Array.from({ length: count }, (_, r) => indicesOf(sums.replicates, r * width(inputs), inputs));
  const interval = (values: number[]): [number, number] => {
    const sorted = values.filter(Number.isFinite).sort((x, y) => x - y);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? Number.NaN;
    return [at(0.025), at(0.975)];
  };
  const index = (estimate: number, i: number, pick: 'first' | 'total'): SobolIndex => ({ estimate, ci95: interval(boot.map((b) => b[pick][i] as number)) });
  return {
    base_samples: sums.sums[0] as number,
    variance: point.variance,
    first: point.first.map((e, i) => index(e, i, 'first')),
    total: point.total.map((e, i) => index(e, i, 'total')),
  };
}
