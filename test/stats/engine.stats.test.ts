import { describe, expect, it } from 'vitest';
import { ROI_INPUT_FIELDS } from '../../src/model/roi-fields.js';
import { buildResults } from '../../src/results/build-results.js';
import { roiPlan } from '../../src/results/roi-plan.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import type { Scenario } from '../../src/scenario/scenario.js';
import { BENCH_YAML, goldenWith } from '../fixtures/scenarios.js';
import { runPlan } from '../helpers/run-plan.js';

async function run(yaml: string, samples: number) {
  const scenario: Scenario = parseScenario(yaml, 's.yaml', ROI_INPUT_FIELDS, 's');
  const summary = await runPlan(roiPlan(scenario), samples, 50_000);
  return buildResults(scenario, summary, { ftroiVersion: 'test', scenarioSha256: 'test' });
}

describe('the engine against a closed form', () => {
  // The golden case with equal review rates and volume ~ uniform(10k, 50k) requests/day:
  // payback = project / (k r - c), with k = 30 x (500 x 5 + 200 x 15) / 1e6 = 0.165 $/month
  // per request/day, c = serving + storage = 2,966.722 and project = 15,096. So
  // payback <= 12 exactly when r >= (15,096 / 12 + c) / k, and savings = k r - c - 15,096 / 18.
  const k = 0.165;
  const c = 2966.4 + 0.322;
  const project = 15_096;
  const [lo, hi] = [10_000, 50_000];
  const n = 200_000;
  const yaml = goldenWith({
    '  requests_per_day: 50000': `  requests_per_day: {uniform: [${lo}, ${hi}]}`,
    '  review_rate_ft: 0.05': '  review_rate_ft: 0.02',
  });
  const results = run(yaml, n);

  it('estimates P(payback <= 12) within 4 standard errors', async () => {
    const rStar = (project / 12 + c) / k;
    const p = (hi - rStar) / (hi - lo);
    const se = Math.sqrt((p * (1 - p)) / n);
    const { p_payback_within_threshold: got } = await results;
    expect(Math.abs(got.estimate - p)).toBeLessThan(4 * se);
    expect(got.ci95[0]).toBeLessThan(p);
    expect(got.ci95[1]).toBeGreaterThan(p);
  });

  it('estimates mean, sd and quantiles of the (linear, uniform) savings', async () => {
    const savings = (await results).outputs.monthly_savings;
    const mean = k * (lo + hi) / 2 - c - project / 18;
    const sd = (k * (hi - lo)) / Math.sqrt(12);
    expect(Math.abs((savings.mean as number) - mean)).toBeLessThan((4 * sd) / Math.sqrt(n));
    expect((savings.sd as number) / sd).toBeCloseTo(1, 2);
    for (const q of [10, 50, 90] as const) {
      const exact = k * (lo + (q / 100) * (hi - lo)) - c - project / 18;
      // SE of a sample quantile: sqrt(q (1 - q) / n) / density; uniform density is 1 / (k (hi - lo)).
      const se = (Math.sqrt((q / 100) * (1 - q / 100) / n) * k * (hi - lo));
      expect(Math.abs((savings[`p${q}`] as number) - exact)).toBeLessThan(4 * se + 1e-3 * Math.abs(exact));
    }
  });

  it('gives a payback curve that rises to the closed-form probability at each month', async () => {
    const curve = (await results).payback_curve;
    for (const { month, probability } of curve) {
      const rStar = month === 0 ? Infinity : (project / month + c) / k;
      const p = Math.min(1, Math.max(0, (hi - rStar) / (hi - lo)));
      expect(Math.abs(probability - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / n) + 1e-12);
    }
  });
});

describe('the engine against the numpy yardstick (shared/bench)', () => {
  it('agrees with the reference answers at 1e7 within Monte Carlo error', async () => {
    const n = 200_000;
    const results = await run(BENCH_YAML, n);
    // Reference: P = 0.533 (SE 0.00016 at 1e7); median savings about $5,300 (SE about $23 at 1e7).
    // The extra 0.0005 and $50 cover how the published figures were rounded.
    const p = results.p_payback_within_threshold;
    expect(Math.abs(p.estimate - 0.533)).toBeLessThan(4 * Math.hypot(p.standard_error, 0.00016) + 0.0005);
    const seMedian = 23 * Math.sqrt(1e7 / n);
    expect(Math.abs((results.outputs.monthly_savings.p50 as number) - 5_300)).toBeLessThan(4 * seMedian + 50);
  });
});
