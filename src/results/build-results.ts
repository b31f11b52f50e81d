import type { ChunkSummary } from '../engine/plan.js';
import { NonFiniteOutputError } from '../errors.js';
import type { Scenario } from '../scenario/scenario.js';
import { estimateProbability, type ProbabilityEstimate } from '../stats/binomial-interval.js';
import { formatUsd } from '../format/format-number.js';
import { evaluateRoi } from '../model/evaluate-roi.js';
import type { RoiInputs } from '../model/roi-fields.js';
import { pointValues } from '../scenario/point-values.js';
import { standardDeviation } from '../stats/moments.js';
import { fractionPositiveInfinite, SKETCH_RELATIVE_ACCURACY, sketchHistogram, sketchQuantile, sketchQuantiles, type QuantileSketch } from '../stats/quantile-sketch.js';
import type { RunningCounts } from '../stats/running-counts.js';
import { countAt, type ThresholdCounts } from '../stats/threshold-counts.js';
import type { RoiAnalyses } from './analysis-results.js';
import type { RoiSensitivity } from './analysis-results.js';
import { curveMonths, REDUCTION, summarizedOutputs } from './roi-plan.js';
import type { OutputField } from '../model/output-field.js';
import { ROI_OUTPUT_FIELDS } from '../model/roi-fields.js';
import type { OptionsComparison } from './analysis-results.js';
import { quickScreen } from './quick-screen.js';
import { RANDOM_GENERATOR } from '../rng/uniform-stream.js';
import {
  REPORTED_QUANTILES,
  RESULTS_SCHEMA_VERSION,
  type ConvergencePoint,
  type OutputStatistics,
  type QuantileKey,
  type Results,
  type SummarizedOutput,
} from './results.js';

export interface RunIdentity {
  readonly ftroiVersion: string;
  readonly scenarioSha256: string;
}

/** z such that P(|Z| <= z) = 0.95. */
const Z975 = 1.959963984540054;

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Turns a run's merged summary into results.json's content. Pure. */
export function buildResults(
  scenario: Scenario,
  summary: ChunkSummary,
  identity: RunIdentity,
  analyses?: RoiAnalyses,
  sensitivity?: RoiSensitivity,
  options?: OptionsComparison | null,
): Results {
  const n = summary.samples;
  const reduction = <T>(name: string) => summary.reductions[name] as T;
  const summarized = summarizedOutputs(scenario);
  for (const output of summarized) {
    const { nan } = reduction<QuantileSketch>(REDUCTION.sketch(output));
    if (nan > 0) throw new NonFiniteOutputError(output, nan, n);
  }
  const paybackWithin = (months: number, name: string) => estimateProbability(countAt(reduction<ThresholdCounts>(name), '<=', months), n);
  const { simulation } = scenario;
  const outputs = Object.fromEntries(
    summarized.map((name) => [
      name,
      outputStatistics(outputField(name), reduction<QuantileSketch>(REDUCTION.sketch(name)), n),
    ]),
  ) as Results['outputs'];
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    manifest: {
      ftroi_version: identity.ftroiVersion,
      scenario_name: scenario.name,
      scenario_sha256: identity.scenarioSha256,
      seed: simulation.seed,
      samples: n,
      chunk_size: simulation.chunk_size,
      threshold_months: simulation.threshold_months,
      random_generator: RANDOM_GENERATOR,
      sampling: `${simulation.sampling}${scenario.correlations.length > 0 ? ' with rank correlations (Iman-Conover, per chunk)' : ''}`,
      quantile_method: 'order statistic of rank floor(q (n - 1)) (numpy "lower"), from a log-bucket sketch',
      quantile_relative_error: SKETCH_RELATIVE_ACCURACY,
      payback_definition: scenario.hasTimeSection ? 'cash_flow' : 'reference',
      hours_per_month: pointValues(scenario.inputs).hours_per_month ?? 720,
    },
    scenario: { name: scenario.name, description: scenario.description ?? null },
    p_payback_within_threshold: { threshold_months: simulation.threshold_months, ...paybackWithin(simulation.threshold_months, REDUCTION.paybackThresholdCount) },
    p_savings_positive: estimateProbability(countAt(reduction<ThresholdCounts>(REDUCTION.savingsCounts), '>', 0), n),
    payback_curve: curveMonths(simulation.threshold_months).map((month) => {
      const { estimate, ci95 } = paybackWithin(month, REDUCTION.paybackCurveCounts);
      return { month, probability: estimate, ci95 };
    }),
    outputs,
    inputs: scenario.inputs,
    savings_histogram: savingsHistogram(reduction<QuantileSketch>(REDUCTION.sketch('monthly_savings'))),
    cost_breakdown: analyses?.cost_breakdown ?? null,
    tornado: analyses?.tornado ?? null,
    probability_tornado: analyses?.probability_tornado ?? null,
    break_even_bands: analyses
      ? { ...analyses.break_even_bands, break_even: { p5: outputs.break_even_tokens_per_day.p5, p50: outputs.break_even_tokens_per_day.p50, p95: outputs.break_even_tokens_per_day.p95 } }
      : null,
    sensitivity: sensitivity && Object.keys(sensitivity.sensitivity).length > 0 ? sensitivity.sensitivity : null,
    correlations: sensitivity?.correlations ?? [],
    convergence: convergenceOf(reduction<RunningCounts>(REDUCTION.paybackConvergence)),
    options: options ?? null,
    factors: scenario.factors ? quickScreen(scenario.factors, evaluateRoi(pointValues(scenario.inputs) as RoiInputs).monthly_api_cost) : null,
    catalog: scenario.catalog && scenario.catalog.entries.length > 0 ? { date: scenario.catalog.date, entries: scenario.catalog.entries } : null,
    warnings: [...warningsFor(scenario), ...resultWarnings(scenario, n, paybackWithin(simulation.threshold_months, REDUCTION.paybackThresholdCount), outputs)],
    notes: {
      payback_months:
        'A sample that never pays back (savings before amortization <= 0) counts as +infinity: it is beyond every month, quantiles that fall on such samples are null, and mean and sd cover the samples that do pay back. p_infinite is the share that never pays back.',
      cash_flow_payback_months:
        'The first month whose cumulative discounted net savings (after retraining) cover the project cost, within the horizon (time.horizon_months, 24 by default); +infinity when none does. With a time: section the headline and the payback curve count this one.',
      quantiles: 'Each quantile is within quantile_relative_error of the exact sample quantile, on top of its Monte Carlo error.',
      ci95: 'Probabilities carry a 95% Wilson score interval for Monte Carlo error only; it says nothing about whether the inputs are right.',
    },
  };
}

/** The headline, with its interval, at each point of the running counts. */
function convergenceOf(counts: RunningCounts): ConvergencePoint[] {
  return counts.rows.map((rows, i) => {
    const { estimate, ci95 } = estimateProbability(counts.hits[i] as number, rows);
    return { samples: rows, estimate, ci95 };
  });
}

function outputField(name: SummarizedOutput): OutputField {
  const field = ROI_OUTPUT_FIELDS.find((f) => f.name === name);
  if (!field) throw new Error(`the ROI model declares no output "${name}"`);
  return field;
}

function outputStatistics({ label, unit, format }: OutputField, sketch: QuantileSketch, n: number): OutputStatistics {
  const { moments } = sketch;
  // Each reported quantile and its interval's ends, read in one pass over the sketch.
  const levels = REPORTED_QUANTILES.flatMap((q) => {
    const half = Z975 * Math.sqrt(((q / 100) * (1 - q / 100)) / n);
    return [q / 100, q / 100 - half, q / 100 + half].map((level) => Math.min(1, Math.max(0, level)));
  });
  const values = sketch.count > 0 ? sketchQuantiles(sketch, levels).map(finiteOrNull) : levels.map(() => null);
  const quantiles = Object.fromEntries(REPORTED_QUANTILES.map((q, i) => [`p${q}`, values[3 * i]])) as Pick<OutputStatistics, QuantileKey>;
  const quantileCi95 = Object.fromEntries(
    REPORTED_QUANTILES.map((q, i): [QuantileKey, readonly [number | null, number | null]] => [`p${q}`, [values[3 * i + 1] ?? null, values[3 * i + 2] ?? null]]),
  ) as OutputStatistics['quantile_ci95'];
  return {
    label,
    unit,
    format,
    mean: moments.count > 0 ? moments.mean : null,
    sd: moments.count > 1 ? standardDeviation(moments) : null,
    ...quantiles,
    p_infinite: fractionPositiveInfinite(sketch),
    quantile_ci95: quantileCi95,
  };
}

/** Why leaving out a section matters, where it does. */
const DEFAULTED_SECTION_WARNINGS: Readonly<Record<string, string>> = {
  quality:
    'The scenario has no "quality" section, so human-review costs count as equal for the API and the fine-tuned model. A few points of review rate often decide the case: measure them in a pilot.',
};

function warningsFor(scenario: Scenario): string[] {
  const warnings = scenario.defaultedSections.map(
    (section) => DEFAULTED_SECTION_WARNINGS[section] ?? `The scenario has no "${section}" section, so its fields took their defaults.`,
  );
  return warnings;
}

/** Above this half-width the headline's Monte Carlo error is worth a warning. */
const HEADLINE_HALF_WIDTH_WARNING = 0.01;
/** From this share of samples that never pay back, a warning says so. */
export const NEVER_PAYS_BACK_WARNING = 0.05;

/** What a reader must not miss in the numbers themselves. */
function resultWarnings(
  scenario: Scenario,
  n: number,
  headline: ProbabilityEstimate,
  outputs: Results['outputs'],
): string[] {
  const warnings: string[] = [];
  const half = (headline.ci95[1] - headline.ci95[0]) / 2;
  if (half > HEADLINE_HALF_WIDTH_WARNING) {
    const needed = Math.ceil((n * (half / HEADLINE_HALF_WIDTH_WARNING) ** 2) / 1000) * 1000;
    warnings.push(`The headline probability is known to ±${(100 * half).toFixed(1)} points only (${n.toLocaleString('en-US')} samples): run about ${needed.toLocaleString('en-US')} for ±1 point.`);
  }
  const never = outputs.payback_months.p_infinite;
  if (never >= NEVER_PAYS_BACK_WARNING) {
    warnings.push(`In ${(100 * never).toFixed(1)}% of samples the fine-tuned model never pays back: it costs more each month than the API, before counting the project.`);
  }
  const atMedians = evaluateRoi(pointValues(scenario.inputs) as RoiInputs);
  if (atMedians.monthly_quality_cost_delta > atMedians.monthly_api_cost) {
    warnings.push(
      `At the inputs' medians the extra human reviews of the fine-tuned model cost more (${formatUsd(atMedians.monthly_quality_cost_delta)} a month) than the whole API bill (${formatUsd(atMedians.monthly_api_cost)}): the review rates decide this case.`,
    );
  }
  return warnings;
}

/** Bins of the savings histogram. */
const HISTOGRAM_BINS = 40;

/** Monthly savings in bins from P1 to P99 (one bin around a constant value). */
function savingsHistogram(sketch: QuantileSketch): Results['savings_histogram'] {
  let lo = sketchQuantile(sketch, 0.01);
  let hi = sketchQuantile(sketch, 0.99);
  if (!(hi > lo)) [lo, hi] = [lo - Math.max(1, Math.abs(lo) * 0.01), hi + Math.max(1, Math.abs(hi) * 0.01)];
  return { output: 'monthly_savings', ...sketchHistogram(sketch, lo, hi, HISTOGRAM_BINS) };
}
