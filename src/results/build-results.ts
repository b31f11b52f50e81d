import type { ChunkSummary } from '../engine/plan.js';
import { NonFiniteOutputError } from '../errors.js';
import type { Scenario } from '../scenario/scenario.js';
import { estimateProbability } from '../stats/binomial-interval.js';
import { standardDeviation, type Moments } from '../stats/moments.js';
import { fractionPositiveInfinite, SKETCH_RELATIVE_ACCURACY, sketchQuantile, type QuantileSketch } from '../stats/quantile-sketch.js';
import { countAt, type ThresholdCounts } from '../stats/threshold-counts.js';
import type { RoiAnalyses } from './analysis-results.js';
import { curveMonths, REDUCTION } from './roi-plan.js';
import type { OutputField } from '../model/output-field.js';
import { ROI_OUTPUT_FIELDS } from '../model/roi-fields.js';
import { RANDOM_GENERATOR } from '../rng/uniform-stream.js';
import {
  REPORTED_QUANTILES,
  RESULTS_SCHEMA_VERSION,
  SUMMARIZED_OUTPUTS,
  type OutputStatistics,
  type Results,
  type SummarizedOutput,
} from './results.js';

export interface RunIdentity {
  readonly ftroiVersion: string;
  readonly scenarioSha256: string;
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Turns a run's merged summary into results.json's content. Pure. */
export function buildResults(scenario: Scenario, summary: ChunkSummary, identity: RunIdentity, analyses?: RoiAnalyses): Results {
  const n = summary.samples;
  const reduction = <T>(name: string) => summary.reductions[name] as T;
  for (const output of SUMMARIZED_OUTPUTS) {
    const { nan } = reduction<QuantileSketch>(REDUCTION.sketch(output));
    if (nan > 0) throw new NonFiniteOutputError(output, nan, n);
  }
  const paybackWithin = (months: number, name: string) => estimateProbability(countAt(reduction<ThresholdCounts>(name), '<=', months), n);
  const { simulation } = scenario;
  const outputs = Object.fromEntries(
    SUMMARIZED_OUTPUTS.map((name) => [
      name,
      outputStatistics(outputField(name), reduction<Moments>(REDUCTION.moments(name)), reduction<QuantileSketch>(REDUCTION.sketch(name))),
    ]),
  ) as Record<SummarizedOutput, OutputStatistics>;
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
      quantile_method: 'order statistic of rank floor(q (n - 1)) (numpy "lower"), from a log-bucket sketch',
      quantile_relative_error: SKETCH_RELATIVE_ACCURACY,
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
    tornado: analyses?.tornado ?? null,
    probability_tornado: analyses?.probability_tornado ?? null,
    break_even_bands: analyses?.break_even_bands ?? null,
    warnings: warningsFor(scenario),
    notes: {
      payback_months:
        'A sample that never pays back (savings before amortization <= 0) counts as +infinity: it is beyond every month, quantiles that fall on such samples are null, and mean and sd cover the samples that do pay back. p_infinite is the share that never pays back.',
      quantiles: 'Each quantile is within quantile_relative_error of the exact sample quantile, on top of its Monte Carlo error.',
      ci95: 'Probabilities carry a 95% Wilson score interval for Monte Carlo error only; it says nothing about whether the inputs are right.',
    },
  };
}

function outputField(name: SummarizedOutput): OutputField {
  const field = ROI_OUTPUT_FIELDS.find((f) => f.name === name);
  if (!field) throw new Error(`the ROI model declares no output "${name}"`);
  return field;
}

function outputStatistics({ label, unit, format }: OutputField, moments: Moments, sketch: QuantileSketch): OutputStatistics {
  const quantiles = Object.fromEntries(
    REPORTED_QUANTILES.map((q) => [`p${q}`, sketch.count > 0 ? finiteOrNull(sketchQuantile(sketch, q / 100)) : null]),
  ) as Pick<OutputStatistics, 'p5' | 'p10' | 'p25' | 'p50' | 'p75' | 'p90' | 'p95'>;
  return {
    label,
    unit,
    format,
    mean: moments.count > 0 ? moments.mean : null,
    sd: moments.count > 1 ? standardDeviation(moments) : null,
    ...quantiles,
    p_infinite: fractionPositiveInfinite(sketch),
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
