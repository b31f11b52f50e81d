import { describe, expect, it } from 'vitest';
import { ANALYSIS_CHUNK_SIZE } from '../../src/results/roi-analyses.js';
import { runOptions, STAY_ON_API } from '../../src/results/options-comparison.js';
import { parseRoiScenario } from '../../src/scenario/parse-roi-scenario.js';
import { BestOfAccumulator, mergeBestOf } from '../../src/stats/best-of.js';
import { goldenWith } from '../fixtures/scenarios.js';
import { runPlan } from '../helpers/run-plan.js';

/**
 * Options on common random numbers: the golden case with an uncertain volume (and no review
 * delta, so that it can pay), against the same plan with one more instance, the same plan
 * again, a plan that draws its own volume, and one that writes out the scenario's volume.
 */
const SCENARIO = `${goldenWith({
  '  requests_per_day: 50000': '  requests_per_day: {lognormal: {p5: 5000, p95: 200000}}',
  '  review_rate_ft: 0.05': '  review_rate_ft: 0.02',
})}
options:
  - name: As planned
  - name: One more instance
    serving: {instances: 3}
  - name: As planned, again
  - name: Own volume
    workload: {requests_per_day: {lognormal: {p5: 6000, p95: 240000}}}
  - name: Same volume, written out
    workload: {requests_per_day: {lognormal: {p5: 5000, p95: 200000}}}
`;
const run = () => runOptions(parseRoiScenario(SCENARIO, 's.yaml', 's'), (plan, n) => runPlan(plan, n, ANALYSIS_CHUNK_SIZE));

describe('options compared on common random numbers', () => {
  it('draws the inputs the options share once: an option that changes nothing ties row by row', async () => {
    const comparison = await run();
    if (!comparison) throw new Error('no comparison');
    expect(comparison.samples).toBe(1_000);
    const [api, planned, oneMore, again, own, writtenOut] = comparison.alternatives;
    expect(api?.name).toBe(STAY_ON_API);
    // Ties go to the first listed: "again" never wins and its regret is "As planned"'s, exactly.
    expect(again?.p_best.estimate).toBe(0);
    expect(again?.expected_regret).toEqual(planned?.expected_regret);
    expect(again?.npv).toEqual(planned?.npv);
    // One more instance costs 2.06 x 720 a month over the 24-month horizon on every row: it
    // is never the best, and its mean NPV is lower by exactly that.
    expect(oneMore?.p_best.estimate).toBe(0);
    expect((planned?.npv.mean as number) - (oneMore?.npv.mean as number)).toBeCloseTo(2.06 * 720 * 24, 6);
    // A distribution written as the scenario has it is the scenario's: the same draws.
    expect(writtenOut?.npv).toEqual(planned?.npv);
    expect(writtenOut?.p_best.estimate).toBe(0);
    // The volume is drawn for itself by one option; the others read the shared column.
    expect(comparison.shared_inputs).not.toContain('requests_per_day');
    expect(comparison.shared_inputs).not.toContain('instances');
    // The shares of wins make a whole, and the options run is bounded by the scenario's samples.
    const wins = comparison.alternatives.reduce((sum, a) => sum + a.p_best.estimate, 0);
    expect(wins).toBeCloseTo(1, 12);
    expect(own?.p_best.estimate).toBeGreaterThan(0);
  });
});

describe('the best-of reducer', () => {
  it('counts the winner of each row (ties to the first) and the regret moments, mergeably', () => {
    const a = new Float64Array([1, 5, -2, 3]);
    const b = new Float64Array([2, 5, -3, 0]);
    // Rows: best of {0 (the constant), a, b}: 2 (b), 5 (a, tie with b), 0 (constant), 3 (a).
    const whole = new BestOfAccumulator(3, 0, 4);
    whole.add([a, b], 4);
    const result = whole.finish();
    expect(result.wins).toEqual([1, 2, 1]);
    // Regrets of a: 1, 0, 2, 0 -> mean 0.75; of b: 0, 0, 3, 3 -> mean 1.5; of the constant: 2, 5, 0, 3.
    expect(result.regret.map((m) => m.mean)).toEqual([2.5, 0.75, 1.5]);
    const first = new BestOfAccumulator(3, 0, 2);
    first.add([a.subarray(0, 2), b.subarray(0, 2)], 2);
    const second = new BestOfAccumulator(3, 0, 2);
    second.add([a.subarray(2), b.subarray(2)], 2);
    const merged = mergeBestOf(first.finish(), second.finish());
    expect(merged.wins).toEqual(result.wins);
    merged.regret.forEach((m, k) => expect(m.mean).toBeCloseTo(result.regret[k]?.mean as number, 12));
  });
});
