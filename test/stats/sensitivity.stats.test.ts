import { describe, expect, it } from 'vitest';
import { standardNormalCdf, standardNormalPdf } from '../../distributions/standard-normal.js';
import type { InputSpec } from '../../distributions/index.js';
import type { SimulationPlan } from '../../src/engine/plan.js';
import type { Model } from '../../src/model/model.js';
import { conditionalAnalysis } from '../../src/sensitivity/conditional.js';
import { decisionFlips } from '../../src/sensitivity/decision-flips.js';
import { binnedReducers } from '../../src/sensitivity/binned-analyses.js';
import { sobolAnalysis } from '../../src/sensitivity/sobol.js';
import { spearmanAnalysis } from '../../src/sensitivity/spearman.js';
import type { PlanRunner, SensitivityTarget } from '../../src/sensitivity/target.js';
import { evpiReducers, valueOfInformation } from '../../src/sensitivity/value-of-information.js';
import { ISHIGAMI, ishigamiModel } from '../models/ishigami.js';
import { LINEAR_COEFFICIENTS, linearModel } from '../models/linear.js';
import { sobolGIndices, sobolGModel } from '../models/sobol-g.js';
import { runPlan } from '../helpers/run-plan.js';

const run: PlanRunner = (plan: SimulationPlan, samples, chunkSize) => runPlan(plan, samples, chunkSize);
const target = (model: Model, inputs: Record<string, InputSpec>, extra: Partial<SensitivityTarget> = {}): SensitivityTarget => ({
  model,
  inputs,
  seed: 'sensitivity',
  sampler: { kind: 'independent' },
  metric: 'y',
  ...extra,
});
const pi = Math.PI;
const ishigamiInputs = { x1: { uniform: [-pi, pi] }, x2: { uniform: [-pi, pi] }, x3: { uniform: [-pi, pi] } } as Record<string, InputSpec>;

/** Ishigami's indices in closed form (Homma and Saltelli 1996). */
function ishigamiIndices() {
  const { a, b } = ISHIGAMI;
  const v1 = 0.5 * (1 + (b * pi ** 4) / 5) ** 2;
  const v2 = a ** 2 / 8;
  const v13 = (b ** 2 * pi ** 8 * 8) / 225;
  const v = v1 + v2 + v13;
  return { first: [v1 / v, v2 / v, 0], total: [(v1 + v13) / v, v2 / v, v13 / v] };
}

describe('Sobol indices (Saltelli design, Saltelli 2010 / Jansen estimators)', () => {
  it('finds Ishigami\'s first-order and total indices within 0.02 at N = 2^14', async () => {
    const known = ishigamiIndices();
    expect(known.first[0]).toBeCloseTo(0.3139, 4);
    expect(known.total[2]).toBeCloseTo(0.2437, 4);
    const result = await sobolAnalysis(target(ishigamiModel, ishigamiInputs), run, 2 ** 14, ISHIGAMI.a / 2);
    expect(result.evaluations).toBe(2 ** 14 * 8);
    const byInput = Object.fromEntries(result.rows.map((row) => [row.input, row]));
    ['x1', 'x2', 'x3'].forEach((name, i) => {
      expect(Math.abs((byInput[name]?.s1.estimate as number) - (known.first[i] as number))).toBeLessThan(0.02);
      expect(Math.abs((byInput[name]?.st.estimate as number) - (known.total[i] as number))).toBeLessThan(0.02);
    });
  });

  it('finds the Sobol G function\'s indices (a = 0, 1, 4.5, 9, 99 x 4) within 0.02 at N = 2^14', async () => {
    const known = sobolGIndices();
    expect(known.first.slice(0, 4).map((s) => +s.toFixed(4))).toEqual([0.7162, 0.179, 0.0237, 0.0072]);
    expect(known.total.slice(0, 4).map((s) => +s.toFixed(4))).toEqual([0.7871, 0.2422, 0.0343, 0.0105]);
    const inputs = Object.fromEntries(sobolGModel.inputs.map((field) => [field.name, { uniform: [0, 1] }])) as Record<string, InputSpec>;
    const result = await sobolAnalysis(target(sobolGModel, inputs), run, 2 ** 14, 1);
    const byInput = Object.fromEntries(result.rows.map((row) => [row.input, row]));
    sobolGModel.inputs.forEach((field, i) => {
      expect(Math.abs((byInput[field.name]?.s1.estimate as number) - (known.first[i] as number))).toBeLessThan(0.02);
      expect(Math.abs((byInput[field.name]?.st.estimate as number) - (known.total[i] as number))).toBeLessThan(0.02);
    });
  });

  it('gives a linear model S_i = ST_i = a_i^2 var_i / sum a_j^2 var_j', async () => {
    const inputs = { x1: { uniform: [0, 6] }, x2: { normal: { mean: 1, sd: 1 } }, x3: { uniform: [-1, 1] } } as Record<string, InputSpec>;
    const variances = [36 / 12, 1, 4 / 12];
    const parts = variances.map((v, i) => (LINEAR_COEFFICIENTS[i] as number) ** 2 * v);
    const total = parts.reduce((s, p) => s + p, 0);
    const result = await sobolAnalysis(target(linearModel, inputs), run, 2 ** 13, 2);
    const byInput = Object.fromEntries(result.rows.map((row) => [row.input, row]));
    ['x1', 'x2', 'x3'].forEach((name, i) => {
      expect(Math.abs((byInput[name]?.s1.estimate as number) - (parts[i] as number) / total)).toBeLessThan(0.02);
      expect(Math.abs((byInput[name]?.st.estimate as number) - (parts[i] as number) / total)).toBeLessThan(0.02);
    });
  });

  it('is the same whatever the chunks run on (the bootstrap weights are seeded per chunk)', async () => {
    const a = await sobolAnalysis(target(ishigamiModel, ishigamiInputs), run, 4096, 3.5);
    const b = await sobolAnalysis(target(ishigamiModel, ishigamiInputs), (plan, n, size) => runPlan(plan, n, size), 4096, 3.5);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  // 100 seeds at N = 2^12 (the N = 2^14 changes only the widths): about 15 s.
  it('has bootstrap intervals that cover the known Ishigami indices in at least 90 of 100 seeds', async () => {
    const known = ishigamiIndices();
    const covered = { s1: [0, 0, 0], st: [0, 0, 0] };
    for (let seed = 0; seed < 100; seed++) {
      const result = await sobolAnalysis({ ...target(ishigamiModel, ishigamiInputs), seed: `coverage-${seed}` }, run, 2 ** 12, 3.5);
      for (const row of result.rows) {
        const i = Number(row.input.slice(1)) - 1;
        const inside = (ci: readonly [number, number], v: number) => +(ci[0] <= v && v <= ci[1]);
        (covered.s1[i] as number) += inside(row.s1.ci95, known.first[i] as number);
        (covered.st[i] as number) += inside(row.st.ci95, known.total[i] as number);
      }
    }
    for (const count of [...covered.s1, ...covered.st]) expect(count).toBeGreaterThanOrEqual(90);
  }, 120_000);
});

describe('Spearman rank correlation', () => {
  it('is 1 for a monotone model of one input, and -1 reversed', async () => {
    const up = await spearmanAnalysis(target(linearModel, { x1: { lognormal: { p5: 1, p95: 30 } }, x2: 0, x3: 0 }), run, 50_000, 10_000);
    expect(up.rows[0]?.spearman.estimate).toBeGreaterThan(0.999);
    const down = await spearmanAnalysis(target(linearModel, { x1: { uniform: [0, 1] }, x2: 0, x3: 0 }, { metric: 'y' }), async (plan, n, size) => {
      // y = x1 reversed through a plan whose x1 is mirrored: the ranks must be too.
      return runPlan({ ...plan, evaluators: [{ name: 'base', overrides: { x1: { scale: -1 } } }] }, n, size);
    }, 50_000, 10_000);
    expect(down.rows[0]?.spearman.estimate).toBeLessThan(-0.999);
  });

  it('matches the bivariate normal value 6/pi asin(rho/2) for a linear model', async () => {
    // y = x1 + 2 x2 + 3 x3, x ~ N(0, 1): corr(x1, y) = 1 / sqrt(14).
    const n = 200_000;
    const result = await spearmanAnalysis(target(linearModel, { x1: { normal: { mean: 0, sd: 1 } }, x2: { normal: { mean: 0, sd: 1 } }, x3: { normal: { mean: 0, sd: 1 } } }), run, n, 50_000);
    const byInput = Object.fromEntries(result.rows.map((row) => [row.input, row.spearman.estimate]));
    [1, 2, 3].forEach((a, i) => {
      const rho = a / Math.sqrt(14);
      const expected = (6 / Math.PI) * Math.asin(rho / 2);
      // se of Spearman's rho is at most about 1 / sqrt(n).
      expect(Math.abs((byInput[`x${i + 1}`] as number) - expected)).toBeLessThan(4 / Math.sqrt(n));
    });
  });
});

describe('Value of information', () => {
  const evpiNormal = (mu: number, sd: number) => sd * standardNormalPdf(mu / sd) - Math.abs(mu) * (1 - standardNormalCdf(Math.abs(mu) / sd));

  for (const [mu, sd] of [
    [3, 10],
    [-5, 8],
    [20, 10],
  ] as const) {
    it(`gives EVPI = sd phi(mu/sd) - |mu| (1 - Phi(|mu|/sd)) for y ~ N(${mu}, ${sd}), within 4 SE`, async () => {
      const t = target(linearModel, { x1: { normal: { mean: mu, sd } }, x2: 0, x3: 0 }, { netValue: 'y' });
      const summary = await runPlan({ ...planOf(t), reducers: [...binnedReducers(t), ...evpiReducers(t)] }, 200_000, 50_000);
      const voi = valueOfInformation(t, summary);
      const evpi = voi.evpi as { estimate: number; standard_error: number };
      expect(Math.abs(evpi.estimate - evpiNormal(mu, sd))).toBeLessThan(4 * evpi.standard_error);
      // Knowing the one input is knowing everything: EVPPI(x1) = EVPI, less what 20 bins blur.
      expect(voi.rows[0]?.evppi.estimate).toBeGreaterThan(0.95 * evpiNormal(mu, sd) - 4 * evpi.standard_error);
      expect(voi.rows[0]?.evppi.estimate).toBeLessThanOrEqual(evpi.estimate + 1e-9);
    });
  }

  it('gives EVPPI of one of two normal inputs in closed form, and ~0 for an input that cannot flip the choice', async () => {
    // y = x1 + 2 x2 + 3 x3; E[y | x1] = x1 + 2 mu2 ~ N(mu1 + 2 mu2, sd1).
    const t = target(linearModel, { x1: { normal: { mean: 2, sd: 6 } }, x2: { normal: { mean: -1, sd: 3 } }, x3: { uniform: [0, 0.001] } }, { netValue: 'y' });
    const summary = await runPlan({ ...planOf(t), reducers: [...binnedReducers(t), ...evpiReducers(t)] }, 400_000, 50_000);
    const rows = Object.fromEntries(valueOfInformation(t, summary).rows.map((row) => [row.input, row.evppi]));
    const x1 = rows.x1 as { estimate: number; standard_error: number };
    const expected = evpiNormal(2 - 2 + 0.0015 * 3, 6);
    expect(Math.abs(x1.estimate - expected)).toBeLessThan(0.03 * expected + 4 * x1.standard_error);
    expect(rows.x3?.estimate).toBeLessThan(0.01 * expected + 4 * (rows.x3?.standard_error as number));
  });
});

describe('Conditional bins and decision flips', () => {
  it('gives a linear model\'s conditional means within 4 SE in each of 10 bins', async () => {
    // x1 ~ U(0, 10): bin b holds x1 in [b, b + 1), so E[y | bin] = (b + 0.5) + 2 * 1 + 3 * 0.
    const t = target(linearModel, { x1: { uniform: [0, 10] }, x2: { normal: { mean: 1, sd: 2 } }, x3: 0 });
    const summary = await runPlan({ ...planOf(t), reducers: binnedReducers(t) }, 100_000, 25_000);
    const row = conditionalAnalysis(t, summary).rows.find((r) => r.input === 'x1');
    expect(row?.bins).toHaveLength(10);
    row?.bins.forEach((bin, b) => {
      const se = Math.sqrt(100 / 12 / 100 + 16) / Math.sqrt(bin.samples);
      expect(Math.abs(bin.metric_mean - (b + 0.5 + 2))).toBeLessThan(4 * se);
      expect(bin.percentile).toBeCloseTo((b + 0.5) / 10, 2);
    });
    expect(row?.metric_swing).toBeGreaterThan(8.5);
  });

  it('finds where P(y <= 5 | x1) = Phi(5 - x1) crosses 50% and 80%, and says never for an input that cannot', async () => {
    // y = x1 + 2 x2, x2 ~ N(0, 0.5): y | x1 ~ N(x1, 1).
    const t = target(linearModel, { x1: { uniform: [0, 10] }, x2: { normal: { mean: 0, sd: 0.5 } }, x3: { uniform: [0, 0.01] } }, { event: { output: 'y', at_most: 5 } });
    const summary = await runPlan({ ...planOf(t), reducers: binnedReducers(t) }, 200_000, 50_000);
    const rows = Object.fromEntries(decisionFlips(t, summary, 0.8).rows.map((row) => [row.input, row.flips]));
    // Each bin's P(event) has its Wilson interval, which holds the exact bin average of Phi(5 - x1) in most bins.
    const bins = conditionalAnalysis(t, summary).rows.find((r) => r.input === 'x1')?.bins ?? [];
    const covered = bins.filter((bin, b) => {
      // Average of Phi(5 - x) over x in [b, b + 1), by the midpoint rule on 100 points.
      const exact = Array.from({ length: 100 }, (_, k) => standardNormalCdf(5 - (b + (k + 0.5) / 100))).reduce((s, p) => s + p, 0) / 100;
      return (bin.p_event_ci95 as readonly [number, number])[0] <= exact && exact <= (bin.p_event_ci95 as readonly [number, number])[1];
    }).length;
    expect(covered).toBeGreaterThanOrEqual(8);
    const [half, eighty] = rows.x1 ?? [];
    expect(half).toMatchObject({ crosses: true, direction: 'falling' });
    expect(Math.abs((half as { value: number }).value - 5)).toBeLessThan(0.1);
    expect(Math.abs((eighty as { value: number }).value - (5 - 0.8416))).toBeLessThan(0.1);
    expect((half as { percentile: number }).percentile).toBeCloseTo(0.5, 1);
    // x3 moves y by at most 0.03: P(y <= 5) stays near 0.5 overall... but x2 alone cannot make it 80%.
    expect(rows.x2?.[1]).toMatchObject({ crosses: false, side: 'always_below' });
  });
});

function planOf(t: SensitivityTarget): SimulationPlan {
  return { model: { id: t.model.id, url: t.model.url }, inputs: t.inputs, seed: t.seed, sampler: t.sampler, evaluators: [{ name: 'base' }], reducers: [] };
}
