import { sobolIndices, type SobolIndex, type SobolSums } from '../stats/sobol-sums.js';
import type { SensitivityResult } from './sensitivity-result.js';
import { inputDistribution, inputPath, targetPlan, uncertainInputs, type PlanRunner, type SensitivityTarget } from './target.js';

/** Bootstrap replicates behind each index's interval. */
export const SOBOL_REPLICATES = 200;
/** Base rows per chunk: a chunk holds this many whole groups of 2d + 2 rows. */
const GROUPS_PER_CHUNK = 2048;

export interface SobolRow {
  readonly input: string;
  readonly label: string;
  readonly s1: SobolIndex;
  readonly st: SobolIndex;
}

/**
 * First-order and total Sobol indices of the metric for every uncertain input: a Saltelli
 * design of `baseSamples` rows in both directions (N (2d + 2) model evaluations, d uncertain
 * inputs), Saltelli 2010's first-order and Jansen's total estimator, 95% intervals from a
 * Poisson bootstrap.
 * Indices assume independent inputs: scenario correlations are not imposed here.
 */
export async function sobolAnalysis(target: SensitivityTarget, run: PlanRunner, baseSamples: number, shift = metricAtMeans(target)): Promise<SensitivityResult<SobolRow>> {
  const fields = uncertainInputs(target);
  if (fields.length === 0) throw new RangeError('Sobol indices need at least one uncertain input');
  const group = 2 * fields.length + 2;
  const plan = targetPlan(
    target,
    [{ name: 'sobol', kind: 'sobol', column: { output: target.metric }, inputs: fields.length, shift, replicates: SOBOL_REPLICATES }],
    { kind: 'saltelli', inputs: fields.map((field) => field.name) },
  );
  const summary = await run(plan, baseSamples * group, GROUPS_PER_CHUNK * group);
  const indices = sobolIndices(summary.reductions.sobol as SobolSums);
  const rows = fields
    .map((field, i): SobolRow => ({ input: inputPath(field), label: field.label, s1: indices.first[i] as SobolIndex, st: indices.total[i] as SobolIndex }))
    .sort((a, b) => b.st.estimate - a.st.estimate || a.input.localeCompare(b.input));
  return { method: 'sobol', metric: target.metric, samples: baseSamples, evaluations: baseSamples * group, rows, variance: indices.variance, replicates: SOBOL_REPLICATES };
}

/** The metric with every input at its mean: a shift near the metric's mean, 0 if not finite. */
function metricAtMeans(target: SensitivityTarget): number {
  const means = Object.fromEntries(target.model.inputs.map((field) => [field.name, inputDistribution(target, field.name).mean]));
  const value = target.model.evaluate(means)[target.metric] as number;
  return Number.isFinite(value) ? value : 0;
}
