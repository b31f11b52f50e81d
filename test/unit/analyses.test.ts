import { describe, expect, it } from 'vitest';
import { fromSpec } from '../../distributions/index.js';
import { valueTornado } from '../../src/analysis/value-tornado.js';
import { ANALYSIS_CHUNK_SIZE, runRoiAnalyses, VOLUME_FACTORS } from '../../src/results/roi-analyses.js';
import { evaluateRoi } from '../../src/model/evaluate-roi.js';
import { ROI_INPUT_FIELDS, type RoiInputs } from '../../src/model/roi-fields.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { pointValues } from '../../src/scenario/point-values.js';
import { goldenWith } from '../fixtures/scenarios.js';
import { runPlan } from '../helpers/run-plan.js';
import { LINEAR_COEFFICIENTS, linearModel } from '../models/linear.js';

describe('valueTornado', () => {
  it('gives a linear model swings of exactly a_i (q90_i - q10_i), widest first, and no row to a fixed input', () => {
    const inputs = { x1: { uniform: [0, 10] as [number, number] }, x2: { triangular: [0, 1, 5] as [number, number, number] }, x3: 4 };
    const tornado = valueTornado(linearModel, inputs, 'y');
    const expected = (['x1', 'x2'] as const).map((name, i) => {
      const dist = fromSpec(inputs[name]);
      return { input: name, swing: (LINEAR_COEFFICIENTS[i] as number) * (dist.quantile(0.9) - dist.quantile(0.1)) };
    });
    expect(tornado.rows.map((r) => r.input)).toEqual(['x1', 'x2'].sort((a, b) => (expected.find((e) => e.input === b)?.swing ?? 0) - (expected.find((e) => e.input === a)?.swing ?? 0)));
    for (const { input, swing } of expected) expect(tornado.rows.find((r) => r.input === input)?.swing).toBeCloseTo(swing, 12);
    const medians = 1 * 5 + 2 * fromSpec(inputs.x2).quantile(0.5) + 3 * 4;
    expect(tornado.base).toBeCloseTo(medians, 12);
  });
});

describe('the ROI designed runs, with only the request volume uncertain', () => {
  // Equal review rates: every other input is fixed, so at a pinned or gridded volume the run
  // is deterministic: probabilities are 0 or 1 and the bands collapse onto the model's value.
  const yaml = goldenWith({
    '  requests_per_day: 50000': '  requests_per_day: {uniform: [10000, 50000]}',
    '  review_rate_ft: 0.05': '  review_rate_ft: 0.02',
  });
  const scenario = parseScenario(yaml, 's.yaml', ROI_INPUT_FIELDS, 's');
  const analyses = runRoiAnalyses(scenario, (plan, n) => runPlan(plan, n, ANALYSIS_CHUNK_SIZE));
  const at = (requests: number) => evaluateRoi({ ...(pointValues(scenario.inputs) as RoiInputs), requests_per_day: requests });

  it('pins the volume at P10 and P90: P(payback <= 12) is exactly 0 or 1, as the model says', async () => {
    const { probability_tornado: tornado } = await analyses;
    expect(tornado.rows.map((r) => r.input)).toEqual(['requests_per_day']);
    const row = tornado.rows[0];
    for (const [value, estimate] of [[row?.p10, row?.at_p10.estimate], [row?.p90, row?.at_p90.estimate]] as const) {
      expect(estimate).toBe(at(value as number).payback_months <= 12 ? 1 : 0);
    }
    expect(row?.p10).toBeCloseTo(14_000, 6);
    expect(row?.p90).toBeCloseTo(46_000, 6);
  });

  it('collapses the break-even bands onto the model\'s savings at each grid volume', async () => {
    const { break_even_bands: bands } = await analyses;
    expect(bands.volumes).toHaveLength(VOLUME_FACTORS.length);
    VOLUME_FACTORS.forEach((factor, k) => {
      const exact = at(factor * 30_000).monthly_savings;
      for (const band of [bands.p5, bands.p25, bands.p50, bands.p75, bands.p95]) expect(band[k]).toBeCloseTo(exact, 6);
    });
    // The volume at the point values: 30,000 requests a day of 700 tokens.
    expect(bands.current_volume).toBe(30_000 * 700);
    expect(bands.volumes[20]).toBeCloseTo(30_000 * 700, 3);
  });
});

describe('the cost breakdown', () => {
  it('gives the golden case\'s cost lines exactly when every input is fixed', async () => {
    const { GOLDEN_YAML } = await import('../fixtures/scenarios.js');
    const scenario = parseScenario(GOLDEN_YAML, 's.yaml', ROI_INPUT_FIELDS, 's');
    const { cost_breakdown: costs } = await runRoiAnalyses(scenario, (plan, n) => runPlan(plan, n, ANALYSIS_CHUNK_SIZE));
    const golden: Record<string, number> = {
      compute_cost: 96,
      training_storage_cost: 0,
      data_processing_cost: 0,
      network_cost: 0,
      engineering_cost: 15_000,
      monthly_api_cost: 8_250,
      monthly_serving_cost: 2_966.4,
      monthly_storage_cost: 0.322,
      monthly_ops_cost: 0,
      monthly_quality_cost_delta: 225_000,
      monthly_amortized_project_cost: 15_096 / 18,
      // Eight runs at $12, one run per experiment.
      training_cost_per_run: 12,
      training_cost_per_experiment: 12,
    };
    const lines = [...costs.one_time, ...costs.monthly, ...costs.training];
    expect(lines.map((line) => line.output).sort()).toEqual(Object.keys(golden).sort());
    for (const line of lines) {
      for (const q of [line.p10, line.p50, line.p90]) expect(q).toBeCloseTo(golden[line.output] as number, 6);
    }
    expect(costs.monthly[0]?.label).toBe('Monthly API cost');
  });
});
