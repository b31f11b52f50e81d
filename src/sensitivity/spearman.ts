import { sketchQuantile, type QuantileSketch } from '../stats/quantile-sketch.js';
import { quantileTable, spearmanOf, type RankSums } from '../stats/rank-correlation.js';
import type { SensitivityResult } from './sensitivity-result.js';
import { inputDistribution, inputPath, targetPlan, uncertainInputs, type PlanRunner, type SensitivityTarget } from './target.js';

export interface SpearmanRow {
  readonly input: string;
  readonly label: string;
  readonly spearman: { readonly estimate: number; readonly ci95: readonly [number, number] };
}

/**
 * Spearman's rank correlation of each input with the metric, over `samples` rows drawn as the
 * main run draws them. Two passes over the same rows (same seed and chunks): the first keeps
 * the metric's quantile sketch, whose quantiles rank the metric in the second; inputs are
 * ranked by their own distribution's quantiles. Memory stays flat at any sample count; ranks
 * are exact to the sketch's resolution (0.1% in value).
 */
export async function spearmanAnalysis(target: SensitivityTarget, run: PlanRunner, samples: number, chunkSize: number): Promise<SensitivityResult<SpearmanRow>> {
  const first = await run(targetPlan(target, [{ name: 'metric.sketch', kind: 'sketch', column: { output: target.metric } }]), samples, chunkSize);
  const sketch = first.reductions['metric.sketch'] as QuantileSketch;
  const metricTable = quantileTable((p) => sketchQuantile(sketch, p));
  const fields = uncertainInputs(target);
  const second = await run(
    targetPlan(
      target,
      fields.map((field) => ({
        name: `rank:${field.name}`,
        kind: 'rank_correlation' as const,
        column: { input: field.name },
        with: { output: target.metric },
        column_quantiles: quantileTable((p) => inputDistribution(target, field.name).quantile(p)),
        with_quantiles: metricTable,
      })),
    ),
    samples,
    chunkSize,
  );
  const rows = fields
    .map((field): SpearmanRow => ({ input: inputPath(field), label: field.label, spearman: spearmanOf(second.reductions[`rank:${field.name}`] as RankSums) }))
    .sort((a, b) => Math.abs(b.spearman.estimate) - Math.abs(a.spearman.estimate) || a.input.localeCompare(b.input));
  return { method: 'spearman', metric: target.metric, samples, evaluations: 2 * samples, rows };
}
