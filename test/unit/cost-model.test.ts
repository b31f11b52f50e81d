import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRoi } from '../../src/model/evaluate-roi.js';
import type { RoiInputs } from '../../src/model/roi-fields.js';
import { GOLDEN_INPUTS } from '../fixtures/golden-inputs.js';
import { FUZZ } from '../helpers/fuzz-runs.js';

/**
 * The cost model beyond the reference calculation, against cases worked by hand: fleet
 * sizing, pricing, storage, operations, incidents, the training estimator, managed
 * fine-tuning, month-by-month cash flows and the full break-even.
 */
const CAPACITY = 1;
const SPOT = 1;
const RESERVED = 2;
const MANAGED = 1;

/** The golden case (50,000 requests of 700 tokens a day: 35M tokens) with some inputs changed. */
const golden = (changes: Partial<RoiInputs>) => evaluateRoi({ ...GOLDEN_INPUTS, ...changes });

describe('a capacity fleet', () => {
  // 35M tokens a day = 405.09 tokens/s on average; x3 at peak = 1,215.3 tokens/s.
  const capacity = { fleet: CAPACITY, peak_to_average: 3, throughput_tokens_per_s: 5_000, min_instances: 1 };

  it('runs ceil(peak / (throughput x utilization)) instances', () => {
    // 1,215.3 / (5,000 x 0.2 = 1,000) -> 2 instances: the golden fleet and its bill, $2,966.40.
    const at20 = golden({ ...capacity, gpu_utilization: 0.2 });
    expect(at20.serving_instances).toBe(2);
    expect(at20.monthly_serving_cost).toBeCloseTo(2 * 2.06 * 720, 9);
    // At 10% utilization an instance serves 500 tokens/s: ceil(2.43) = 3.
    const at10 = golden({ ...capacity, gpu_utilization: 0.1 });
    expect(at10.serving_instances).toBe(3);
    expect(at10.monthly_serving_cost).toBeCloseTo(3 * 2.06 * 720, 9);
  });

  it('never runs fewer than min_instances, and min_instances with no traffic', () => {
    expect(golden({ ...capacity, gpu_utilization: 0.2, min_instances: 4 }).serving_instances).toBe(4);
    expect(golden({ ...capacity, gpu_utilization: 0.2, requests_per_day: 0 }).serving_instances).toBe(1);
    // No traffic and no minimum: no instance, no bill, nothing utilized.
    const empty = golden({ ...capacity, gpu_utilization: 0.2, requests_per_day: 0, min_instances: 0 });
    expect([empty.serving_instances, empty.monthly_serving_cost, empty.achieved_utilization]).toEqual([0, 0, 0]);
  });

  it('reports the utilization achieved and the $ per 1M tokens served', () => {
    const out = golden({ ...capacity, gpu_utilization: 0.2 });
    // 35M tokens / (2 instances x 86,400 s x 5,000 tokens/s).
    expect(out.achieved_utilization).toBeCloseTo(35e6 / (2 * 86_400 * 5_000), 12);
    // $2,966.40 a month for 35M x 30 tokens.
    expect(out.cost_per_1m_tokens_served).toBeCloseTo((2_966.4 / (35e6 * 30)) * 1e6, 9);
  });

  it('scales down to min_instances for the off-peak hours', () => {
    // 2 instances for 16 h and 1 for 8 h: 40 instance-hours a day, 30 days at $2.06.
    const out = golden({ ...capacity, gpu_utilization: 0.2, off_peak_hours_per_day: 8 });
    expect(out.monthly_serving_cost).toBeCloseTo(40 * 30 * 2.06, 9);
    expect(out.achieved_utilization).toBeCloseTo(35e6 / (40 * 3_600 * 5_000), 12);
  });

  it('says "unknown" (NaN) for the utilization of a fixed fleet without a throughput', () => {
    expect(golden({}).achieved_utilization).toBeNaN();
  });
});

describe('pricing, storage and operations', () => {
  it.each([
    ['spot at 65% off', { pricing: SPOT, spot_discount: 0.65 }, 2.06 * 0.35],
    ['reserved at 40% off', { pricing: RESERVED, reserved_discount: 0.4 }, 2.06 * 0.6],
    ['on demand, half the fleet on spot at 60% off (the reference)', { spot_fraction: 0.5, spot_discount: 0.6 }, 2.06 * 0.7],
  ])('prices the instance-hour %s', (_, changes, hourly) => {
    expect(golden(changes).monthly_serving_cost).toBeCloseTo(2 * 720 * hourly, 9);
  });

  it('takes the hours in a month as an input (730 instead of 720)', () => {
    const out = golden({ hours_per_month: 730 });
    expect(out.monthly_serving_cost).toBeCloseTo(2 * 2.06 * 730, 9);
    // API and reviews follow the same month: 730 / 24 days.
    expect(out.monthly_api_cost).toBeCloseTo((8_250 / 30) * (730 / 24), 9);
  });

  it('stores 2 bytes a parameter for the weights and each checkpoint kept', () => {
    // 7B x 2 GB x (1 + 3 checkpoints) = 56 GB at $0.023.
    expect(golden({ checkpoints_stored: 3 }).monthly_storage_cost).toBeCloseTo(56 * 0.023, 12);
  });

  it('charges operations hours at the engineering rate, every month', () => {
    const out = golden({ ops_hours_per_month: 10 });
    expect(out.monthly_ops_cost).toBe(1_500);
    expect(out.monthly_ft_total - golden({}).monthly_ft_total).toBeCloseTo(1_500, 9);
  });

  it('adds the downstream cost of incidents to the quality delta', () => {
    // 1.5M requests a month x (0.2% - 0.1%) = 1,500 more incidents at $500: $750,000 over the reviews' $225,000.
    expect(golden({ incident_rate_api: 0.001, incident_rate_ft: 0.002, cost_per_incident: 500 }).monthly_quality_cost_delta).toBeCloseTo(975_000, 6);
  });

  it('sums the eight engineering phases with the four of v1', () => {
    const out = golden({ hours_data_collection: 10, hours_hyperparameter_search: 6, hours_monitoring: 4 });
    expect(out.engineering_cost).toBe((100 + 20) * 150);
  });
});

describe('a training run', () => {
  // DOMAIN.md's first golden estimate: 7B LoRA on an A10G, 50,000 x 512 x 3 tokens at 1,800
  // tokens/s, x1.15 overhead = 13.63 h; on spot at $1.03 x 0.35: $4.91.
  const estimated = { training_examples: 50_000, training_seq_len: 512, training_epochs: 3, training_tokens_per_s: 1_800, training_node_cost_per_hour: 1.03, training_spot: 1 };
  const perRun = ((50_000 * 512 * 3) / (1_800 * 3_600)) * 1.15 * 1.03 * 0.35;

  it('is estimated from the examples, throughput and node price when a throughput is given', () => {
    expect(perRun).toBeCloseTo(4.91, 2);
    const out = golden(estimated);
    expect(out.compute_cost).toBeCloseTo(8 * perRun, 12);
    expect(out.training_cost_per_run).toBeCloseTo(perRun, 12);
  });

  it('costs compute, storage, data processing and network, per run, experiment and project', () => {
    const out = golden({ ...estimated, storage_cost_per_run: 2, data_processing_cost_per_run: 5, network_cost_per_run: 1, runs_per_experiment: 2 });
    expect(out.training_cost_per_run).toBeCloseTo(perRun + 8, 12);
    expect(out.training_cost_per_experiment).toBeCloseTo(2 * (perRun + 8), 12);
    expect([out.training_storage_cost, out.data_processing_cost, out.network_cost]).toEqual([16, 40, 8]);
    expect(out.total_project_cost).toBeCloseTo(8 * perRun + 64 + 15_000, 9);
  });
});

describe('managed fine-tuning', () => {
  const managed = golden({
    deployment: MANAGED,
    training_examples: 50_000,
    training_seq_len: 512,
    training_epochs: 3,
    managed_training_price_per_1m: 3,
    managed_inference_multiplier: 1.5,
  });

  it('pays per training token and a multiple of the API price, with no fleet and no storage', () => {
    // 76.8M training tokens at $3 per 1M = $230.40 a run, 8 runs.
    expect(managed.compute_cost).toBeCloseTo(8 * 230.4, 9);
    expect([managed.monthly_serving_cost, managed.monthly_storage_cost, managed.serving_instances]).toEqual([0, 0, 0]);
    expect(managed.achieved_utilization).toBeNaN();
    // Inference: the API's $8,250 x 1.5, on top of the reviews' delta.
    expect(managed.monthly_ft_total - managed.monthly_amortized_project_cost).toBeCloseTo(8_250 * 1.5 + 225_000, 6);
    expect(managed.cost_per_1m_tokens_served).toBeCloseTo(((8_250 * 1.5) / (35e6 * 30)) * 1e6, 9);
  });
});

/**
 * A spreadsheet of four months: $300 of API a month (1,000 requests of 1,000 input tokens at
 * $10 per 1M, 30 days), one instance at $0.10/h ($72), a $600 project, volume +10% and API
 * prices -5% a month, 12% a year discounting, a retraining of 25% x $600 every 2 months.
 */
describe('cash flows over the horizon', () => {
  const inputs: RoiInputs = {
    requests_per_day: 1_000, input_tokens_per_request: 1_000, output_tokens_per_request: 0,
    input_price_per_1m: 10, output_price_per_1m: 0,
    instance_cost_per_hour: 0.1, instances: 1, spot_fraction: 0, spot_discount: 0,
    model_size_b: 0, storage_cost_per_gb_month: 0,
    review_rate_api: 0, review_rate_ft: 0, cost_per_review: 0,
    training_runs: 1, compute_cost_per_run: 600,
    hourly_rate: 0, hours_data: 0, hours_experiments: 0, hours_evaluation: 0, hours_deployment: 0,
    lifetime_months: 12,
    horizon_months: 4, volume_growth_per_month: 0.1, api_price_change_per_month: -0.05,
    retrain_every_months: 2, retrain_cost_fraction: 0.25, discount_rate_per_year: 0.12,
  };
  // month, API cost = 300 x 1.1^(m-1) x 0.95^(m-1), net = API - 72 - retraining, 1.12^(-m/12)
  const sheet = [
    [1, 300.0, 228.0, 0.9906003979],
    [2, 313.5, 313.5 - 72 - 150, 0.9812891484],
    [3, 327.6075, 255.6075, 0.9720654209],
    [4, 342.34983750, 270.3498375, 0.9629283928],
  ] as const;
  const discounted = sheet.map(([, , net, factor]) => net * factor);
  const cumulative = discounted.map((_, m) => discounted.slice(0, m + 1).reduce((a, b) => a + b, 0));

  it('gives the NPV of the spreadsheet: discounted net savings less the project cost', () => {
    const out = evaluateRoi(inputs);
    expect(out.npv).toBeCloseTo((cumulative[3] as number) - 600, 6);
    expect(out.npv).toBeCloseTo(224.439594, 5);
    expect(out.roi).toBeCloseTo(224.439594 / 600, 7);
  });

  it('pays back in the first month whose cumulative discounted net covers the project', () => {
    // 225.86, 315.64, 564.11, 824.44: the $600 is covered in month 4.
    expect(cumulative.findIndex((c) => c >= 600) + 1).toBe(4);
    expect(evaluateRoi(inputs).cash_flow_payback_months).toBe(4);
    expect(evaluateRoi({ ...inputs, compute_cost_per_run: 500 }).cash_flow_payback_months).toBe(3);
    expect(evaluateRoi({ ...inputs, compute_cost_per_run: 900 }).cash_flow_payback_months).toBe(Infinity);
  });

  it('pays back at month 0 when there is no project to pay for, even in a month that loses money', () => {
    // Serving at $1/h ($720 a month) loses money every month; with no project cost the
    // payback is still month 0, the month before the first.
    expect(evaluateRoi({ ...inputs, compute_cost_per_run: 0 }).cash_flow_payback_months).toBe(0);
    expect(evaluateRoi({ ...inputs, compute_cost_per_run: 0, instance_cost_per_hour: 1 }).cash_flow_payback_months).toBe(0);
  });

  it('retrains at months k x every < H only: every 4 months over 4 is never', () => {
    const never = evaluateRoi({ ...inputs, retrain_every_months: 4 });
    expect(never.npv - evaluateRoi(inputs).npv).toBeCloseTo(150 * 0.9812891484, 6);
  });

  it('resizes a capacity fleet as the volume grows', () => {
    // 1M tokens a day = 11.57 tokens/s at peak 1x; 10 tokens/s an instance: 2 instances, then
    // volume x2 in month 2: 23.15 tokens/s, 3 instances. No discounting: NPV = sum of nets - project.
    const out = evaluateRoi({
      ...inputs, fleet: CAPACITY, throughput_tokens_per_s: 10, gpu_utilization: 1, min_instances: 0,
      horizon_months: 2, volume_growth_per_month: 1, api_price_change_per_month: 0, discount_rate_per_year: 0, retrain_every_months: 0,
    });
    expect(out.npv).toBeCloseTo(300 - 2 * 72 + (600 - 3 * 72) - 600, 9);
  });

  it('with flat time, is the reference: NPV = savings x H - cost, payback = ceil(reference payback) within H', () => {
    const flat = golden({ review_rate_ft: 0.02, horizon_months: 24 });
    expect(flat.npv).toBeCloseTo((8_250 - 2_966.4 - 0.322) * 24 - 15_096, 6);
    expect(flat.cash_flow_payback_months).toBe(Math.ceil(flat.payback_months));
  });

  it('agrees between the flat closed form and the month-by-month sum on any inputs', () => {
    // A discount rate of 1e-300 leaves every factor exactly 1 but takes the month loop.
    const rows = fc.record({
      requests_per_day: fc.double({ min: 0, max: 1e6, noNaN: true }),
      instance_cost_per_hour: fc.double({ min: 0, max: 10, noNaN: true }),
      compute_cost_per_run: fc.double({ min: 0, max: 1e5, noNaN: true }),
      horizon_months: fc.integer({ min: 1, max: 60 }),
    });
    fc.assert(
      fc.property(rows, (changes) => {
        const closed = golden({ review_rate_ft: 0.02, ...changes });
        const looped = golden({ review_rate_ft: 0.02, ...changes, discount_rate_per_year: 1e-300 });
        expect(looped.cash_flow_payback_months).toBe(closed.cash_flow_payback_months);
        expect(looped.npv).toBeCloseTo(closed.npv, 3);
      }),
      FUZZ,
    );
  });
});

describe('the break-even volume', () => {
  // An average token costs $5,500 / 700 per 1M on the API: a token a day is worth this a month.
  const apiPerDailyToken = (30 * 5_500) / 700 / 1e6;

  it('reference: serving + storage over the API price of a token', () => {
    expect(golden({}).break_even_tokens_per_day).toBeCloseTo((2_966.4 + 0.322) / apiPerDailyToken, 3);
  });

  it('full: adds amortization and operations, and is never when quality costs more than the API', () => {
    const noReviewDelta = golden({ review_rate_ft: 0.02, ops_hours_per_month: 2 });
    expect(noReviewDelta.break_even_full_tokens_per_day).toBeCloseTo((2_966.4 + 0.322 + 15_096 / 18 + 300) / apiPerDailyToken, 3);
    // The golden case: 3 more reviews per 100 requests at $5 ($0.15 a request) exceed the API price.
    expect(golden({}).break_even_full_tokens_per_day).toBe(Infinity);
  });
});

describe('the training split of the report', () => {
  it('gives compute, storage, ETL and network per run, per experiment and per project, adding up', async () => {
    const { trainingSplit } = await import('../../src/results/training-split.js');
    const { withDefaults } = await import('../../src/model/evaluate-roi.js');
    const point = withDefaults({ ...GOLDEN_INPUTS, compute_cost_per_run: 12, storage_cost_per_run: 2, data_processing_cost_per_run: 5, network_cost_per_run: 1, runs_per_experiment: 3 });
    const split = trainingSplit(point);
    const byLine = Object.fromEntries(split.lines.map((line) => [line.line, line]));
    expect(byLine.compute).toMatchObject({ per_run: 12, per_experiment: 36, per_project: 96 });
    expect(byLine.storage).toMatchObject({ per_run: 2, per_experiment: 6, per_project: 16 });
    expect(byLine.data_processing).toMatchObject({ per_run: 5, per_experiment: 15, per_project: 40 });
    expect(byLine.network).toMatchObject({ per_run: 1, per_experiment: 3, per_project: 8 });
    expect(byLine.total).toMatchObject({ per_run: 20, per_experiment: 60, per_project: 160 });
    expect([split.runs, split.runs_per_experiment]).toEqual([8, 3]);
  });
});
