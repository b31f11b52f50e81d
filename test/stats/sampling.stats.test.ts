import { describe, expect, it } from 'vitest';
import { fromSpec, type InputSpec } from '../../distributions/index.js';
import type { SamplerSpec } from '../../src/engine/plan.js';
import type { Moments } from '../../src/stats/moments.js';
import { quantileTable, spearmanOf, type RankSums } from '../../src/stats/rank-correlation.js';
import { runPlan, planFor } from '../helpers/run-plan.js';
import { linearModel } from '../models/linear.js';

const inputs: Record<string, InputSpec> = { x1: { lognormal: { p5: 1, p95: 20 } }, x2: { triangular: [0, 1, 5] }, x3: { uniform: [-2, 2] } };
const table = (name: string) => quantileTable((p) => fromSpec(inputs[name] as InputSpec).quantile(p));
const rank = (a: string, b: string) => ({ name: `${a}~${b}`, kind: 'rank_correlation' as const, column: { input: a }, with: { input: b }, column_quantiles: table(a), with_quantiles: table(b) });
const values = (name: string) => ({ name, kind: 'values' as const, column: { input: name } });

describe('Iman-Conover rank correlations', () => {
  const correlated: SamplerSpec = { kind: 'independent', correlations: [{ a: 'x1', b: 'x2', r: 0.6 }, { a: 'x1', b: 'x3', r: -0.3 }] };

  it('achieves each target within 0.02 at n = 50,000, and leaves the other pair near 0 + what they imply', async () => {
    const plan = planFor(linearModel, inputs, [rank('x1', 'x2'), rank('x1', 'x3'), rank('x2', 'x3')], { sampler: correlated });
    const summary = await runPlan(plan, 50_000, 50_000);
    const rho = (name: string) => spearmanOf(summary.reductions[name] as RankSums).estimate;
    expect(Math.abs(rho('x1~x2') - 0.6)).toBeLessThan(0.02);
    expect(Math.abs(rho('x1~x3') + 0.3)).toBeLessThan(0.02);
    expect(Math.abs(rho('x2~x3'))).toBeLessThan(0.03);
  });

  it('leaves every marginal exactly as drawn: the same values as the uncorrelated run, reordered (and a KS test passes)', async () => {
    const reducers = ['x1', 'x2', 'x3'].map(values);
    const plain = await runPlan(planFor(linearModel, inputs, reducers), 50_000, 25_000);
    const reordered = await runPlan(planFor(linearModel, inputs, reducers, { sampler: correlated }), 50_000, 25_000);
    for (const name of ['x1', 'x2', 'x3']) {
      const a = (plain.reductions[name] as Float64Array).slice().sort();
      const b = (reordered.reductions[name] as Float64Array).slice().sort();
      expect(b).toEqual(a);
      const dist = fromSpec(inputs[name] as InputSpec);
      let d = 0;
      b.forEach((x, i) => (d = Math.max(d, Math.abs(dist.cdf(x) - (i + 1) / b.length), Math.abs(dist.cdf(x) - i / b.length))));
      // KS at the 0.1% level (three inputs tested; the equality above is the exact check).
      expect(d).toBeLessThan(1.95 / Math.sqrt(b.length));
    }
    expect(reordered.reductions.x1).not.toEqual(plain.reductions.x1);
  });

  it('refuses a target that is not a correlation matrix', async () => {
    const bad: SamplerSpec = { kind: 'independent', correlations: [{ a: 'x1', b: 'x2', r: 0.9 }, { a: 'x1', b: 'x3', r: 0.9 }, { a: 'x2', b: 'x3', r: -0.9 }] };
    await expect(runPlan(planFor(linearModel, inputs, [values('x1')], { sampler: bad }), 1_000, 1_000)).rejects.toThrow(/not positive definite/);
  });
});

describe('Latin hypercube sampling', () => {
  it('puts exactly one draw in each of the n equal-probability strata of every input, per chunk', async () => {
    const n = 5_000;
    const summary = await runPlan(planFor(linearModel, inputs, ['x1', 'x2', 'x3'].map(values), { sampler: { kind: 'lhs' } }), 2 * n, n);
    for (const name of ['x1', 'x2', 'x3']) {
      const dist = fromSpec(inputs[name] as InputSpec);
      const column = summary.reductions[name] as Float64Array;
      for (const chunk of [0, 1]) {
        const strata = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
          const k = Math.min(n - 1, Math.floor(dist.cdf(column[chunk * n + i] as number) * n));
          strata[k] = (strata[k] as number) + 1;
        }
        expect(strata.every((count) => count === 1)).toBe(true);
      }
    }
  });

  it('estimates a linear model\'s mean with less variance than plain Monte Carlo (30 seeds each)', async () => {
    const spread = async (sampler: SamplerSpec) => {
      const means: number[] = [];
      for (let seed = 0; seed < 30; seed++) {
        const plan = planFor(linearModel, inputs, [{ name: 'y', kind: 'moments', column: { output: 'y' } }], { sampler, seed: `lhs-${seed}` });
        means.push(((await runPlan(plan, 2_000, 2_000)).reductions.y as Moments).mean);
      }
      const m = means.reduce((s, x) => s + x, 0) / means.length;
      return means.reduce((s, x) => s + (x - m) ** 2, 0) / (means.length - 1);
    };
    const mc = await spread({ kind: 'independent' });
    const lhs = await spread({ kind: 'lhs' });
    // For an additive model LHS removes almost all of the variance: ask for a tenth.
    expect(lhs).toBeLessThan(mc / 10);
  });

  it('is the same on any chunk runner (strata are per chunk, chunks depend on the seed alone)', async () => {
    const plan = planFor(linearModel, inputs, [values('x1')], { sampler: { kind: 'lhs', correlations: [{ a: 'x1', b: 'x2', r: 0.5 }] } });
    expect(await runPlan(plan, 3_000, 1_000)).toEqual(await runPlan(plan, 3_000, 1_000));
  });
});
