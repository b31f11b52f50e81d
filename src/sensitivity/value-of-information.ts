import type { ChunkSummary } from '../engine/plan.js';
import type { ReducerSpec } from '../engine/reducers/reducer-spec.js';
import { standardDeviation, type Moments } from '../stats/moments.js';
import type { PartialMoments } from '../stats/partial-moments.js';
import { netValueBins, pool } from './binned-analyses.js';
import type { SensitivityResult } from './sensitivity-result.js';
import { inputPath, uncertainInputs, type SensitivityTarget } from './target.js';

const Z975 = 1.959963984540054;
export const EVPI_REDUCTION = 'net_value.partial_moments';

/** An amount with its Monte Carlo standard error and a 95% interval. */
export interface ValueEstimate {
  readonly estimate: number;
  readonly standard_error: number;
  readonly ci95: readonly [number, number];
}

export interface EvppiRow {
  readonly input: string;
  readonly label: string;
  readonly evppi: ValueEstimate;
}

/** The reducer EVPI needs beside the binned ones: the net value's positive and negative parts. */
export function evpiReducers(target: SensitivityTarget): ReducerSpec[] {
  if (!target.netValue) throw new Error('value of information needs the target\'s net value');
  return [{ name: EVPI_REDUCTION, kind: 'partial_moments', column: { output: target.netValue } }];
}

function estimate(value: number, variance: number, n: number): ValueEstimate {
  const se = Math.sqrt(Math.max(0, variance) / n);
  return { estimate: value, standard_error: se, ci95: [value - Z975 * se, value + Z975 * se] };
}

/**
 * The expected value of perfect information about everything: E[max(y, 0)] - max(E[y], 0),
 * y the net value of adopting (the alternative is worth 0). It is the mean of y's negative
 * part when adopting is the choice without information (mean y > 0), else of its positive
 * part; its standard error is that part's sd / sqrt(n).
 */
export function expectedValueOfPerfectInformation(partial: PartialMoments): ValueEstimate {
  const part = partial.all.mean > 0 ? partial.negative : partial.positive;
  return estimate(part.mean, part.m2 / Math.max(1, part.count - 1), partial.all.count);
}

/**
 * Partial perfect information about one input, nonparametric (Strong and Oakley 2014's
 * binning, doi:10.1177/0272989X13505910): sum over the input's bins of p_b max(m_b, 0),
 * minus max(m, 0). Its standard error treats each bin's decision as fixed: the estimate is
 * the mean of h = (1[m_b > 0] - 1[m > 0]) y, whose variance the bins' moments give. With few
 * samples per bin the max over noisy means biases it upwards (about sd_b / sqrt(n_b) where a
 * bin's mean is near 0).
 */
export function expectedValueOfPartialInformation(bins: readonly Moments[]): ValueEstimate {
  const all = pool(bins);
  const adoptAnyway = all.mean > 0;
  let sum = 0;
  let sumSquares = 0;
  for (const bin of bins) {
    if (bin.count === 0 || bin.mean > 0 === adoptAnyway) continue;
    // Bins where knowing the input flips the choice: h = -y (now reject) or +y (now adopt).
    sum += (adoptAnyway ? -1 : 1) * bin.mean * bin.count;
    sumSquares += bin.m2 + bin.count * bin.mean * bin.mean;
  }
  const n = all.count;
  const mean = sum / n;
  return estimate(mean, sumSquares / n - mean * mean, n);
}

/** EVPI and each input's EVPPI in the net value's units, from the main sample. */
export function valueOfInformation(target: SensitivityTarget, summary: ChunkSummary): SensitivityResult<EvppiRow> {
  const partial = summary.reductions[EVPI_REDUCTION] as PartialMoments;
  const rows = uncertainInputs(target)
    .map((field): EvppiRow => ({ input: inputPath(field), label: field.label, evppi: expectedValueOfPartialInformation(netValueBins(target, summary, field.name)) }))
    .sort((a, b) => b.evppi.estimate - a.evppi.estimate || a.input.localeCompare(b.input));
  return {
    method: 'evppi',
    metric: target.netValue as string,
    samples: summary.samples,
    evaluations: summary.samples,
    rows,
    evpi: expectedValueOfPerfectInformation(partial),
    net_value_mean: partial.all.mean,
    net_value_sd: standardDeviation(partial.all),
    decision_without_information: partial.all.mean > 0 ? 'adopt' : 'reject',
  };
}
