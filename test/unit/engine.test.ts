import { describe, expect, it } from 'vitest';
import { createInlineRunner } from '../../src/engine/inline-runner.js';
import type { ChunkSummary } from '../../src/engine/plan.js';
import { planChunks } from '../../src/engine/plan-chunks.js';
import { createPoolRunner } from '../../src/engine/pool-runner.js';
import { runChunk } from '../../src/engine/run-chunk.js';
import type { Runner } from '../../src/engine/runner.js';
import { independentSampler } from '../../src/engine/samplers/independent-sampler.js';
import { simulate } from '../../src/engine/simulate.js';
import { simulatePlan } from '../../src/engine/simulate-plan.js';
import { createWorkspace } from '../../src/engine/workspace.js';
import { ROI_INPUT_FIELDS } from '../../src/model/roi-fields.js';
import { defineModel } from '../../src/model/model.js';
import { roiModel } from '../../src/model/roi-model.js';
import { roiPlan } from '../../src/results/roi-plan.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import type { Moments } from '../../src/stats/moments.js';
import { SUPPORT_BOT_YAML } from '../fixtures/scenarios.js';
import { planFor, runPlan } from '../helpers/run-plan.js';
import { GROWTH_MONTHS, growthSeriesModel } from '../models/growth-series.js';
import { linearModel } from '../models/linear.js';

const scenario = parseScenario(SUPPORT_BOT_YAML, 'support-bot.yaml', ROI_INPUT_FIELDS, 'support-bot');
const plan = roiPlan(scenario);

describe('planChunks', () => {
  it('cuts fixed-size chunks with a shorter last one', () => {
    expect(planChunks(100, 30)).toEqual([
      { index: 0, length: 30 },
      { index: 1, length: 30 },
      { index: 2, length: 30 },
      { index: 3, length: 10 },
    ]);
    expect(planChunks(60, 30).map((c) => c.length)).toEqual([30, 30]);
  });

  it('refuses non-positive or fractional sizes', () => {
    expect(() => planChunks(0, 10)).toThrow(/samples must be a positive integer/);
    expect(() => planChunks(10, 2.5)).toThrow(/chunkSize must be a positive integer/);
  });
});

describe('independentSampler', () => {
  const column = (inputs: typeof scenario.inputs, name: string, chunk = 0, blocks = [1000]) => {
    const sampler = independentSampler(ROI_INPUT_FIELDS, inputs, 'seed', chunk);
    const k = ROI_INPUT_FIELDS.findIndex((f) => f.name === name);
    const parts = blocks.map((rows) => {
      const columns = ROI_INPUT_FIELDS.map(() => new Float64Array(rows));
      sampler.fill(columns, rows);
      return columns[k] as Float64Array;
    });
    return Float64Array.from(parts.flatMap((p) => [...p]));
  };

  it('gives every input its own stream: editing one input leaves the others draws unchanged', () => {
    const edited = { ...scenario.inputs, output_tokens_per_request: { uniform: [1, 2] as [number, number] } };
    expect(column(edited, 'requests_per_day')).toEqual(column(scenario.inputs, 'requests_per_day'));
    expect(column(edited, 'output_tokens_per_request')).not.toEqual(column(scenario.inputs, 'output_tokens_per_request'));
  });

  it('draws new numbers in each chunk and fills fixed values', () => {
    expect(column(scenario.inputs, 'requests_per_day', 1)).not.toEqual(column(scenario.inputs, 'requests_per_day', 0));
    expect(column(scenario.inputs, 'instance_cost_per_hour').every((x) => x === 1.03)).toBe(true);
  });

  it('draws the same numbers whatever the blocks a chunk is filled in', () => {
    expect(column(scenario.inputs, 'hourly_rate', 0, [100, 400, 500])).toEqual(column(scenario.inputs, 'hourly_rate'));
  });
});

describe('runChunk with a shared workspace', () => {
  it('gives what a fresh workspace gives, whatever ran before and at any length', () => {
    const shared = createWorkspace();
    for (const [chunkIndex, length] of [[0, 3_000], [1, 1_000], [2, 5_000], [0, 3_000]] as const) {
      const task = { ...plan, chunkIndex, length };
      expect(runChunk(task, roiModel, shared)).toEqual(runChunk(task, roiModel, createWorkspace()));
    }
  });
});

describe('simulate', () => {
  const options = { samples: 25_000, chunkSize: 4_000 };
  const inline = createInlineRunner();
  const reference = simulatePlan(plan, inline, options);
  const wrapped = (run: Runner['run'], threads = 2): Runner => ({ run, threads, close: async () => {} });

  it('merges to the same bytes whatever order chunks finish in', async () => {
    // Later chunks finish first: each waits less the higher its index.
    const reversed = wrapped(async (task) => {
      await new Promise((resolve) => setTimeout(resolve, (10 - task.chunkIndex) * 3));
      return inline.run(task);
    }, 7);
    expect(await simulatePlan(plan, reversed, options)).toEqual(await reference);
  });

  it('survives the worker boundary: a structured-clone round trip changes nothing', async () => {
    const cloned = wrapped(async (task) => structuredClone(await inline.run(structuredClone(task))));
    expect(await simulatePlan(plan, cloned, options)).toEqual(await reference);
  });

  it('gives the same summary on a piscina pool of 3 workers as in this thread', async () => {
    const pool = createPoolRunner(3);
    try {
      expect(await simulatePlan(plan, pool, options)).toEqual(await reference);
    } finally {
      await pool.close();
    }
  });

  it('counts every sample once and reports progress in chunk order', async () => {
    const seen: number[] = [];
    const { summary, samples } = await simulatePlan(plan, inline, { ...options, onProgress: (done) => seen.push(done) });
    expect([summary.samples, samples]).toEqual([25_000, 25_000]);
    expect(seen).toEqual([4_000, 8_000, 12_000, 16_000, 20_000, 24_000, 25_000]);
  });

  it('keeps at most `window` chunks in flight', async () => {
    let inFlight = 0;
    let most = 0;
    await simulate<number>({
      samples: 100,
      chunkSize: 1,
      window: 3,
      merge: (a, b) => a + b,
      run: async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
        return 1;
      },
    });
    expect(most).toBe(3);
  });

  it('stops at the first chunk where the stopping rule holds, whatever the window', async () => {
    const stopWhen = (merged: ChunkSummary) => merged.samples >= 9_000;
    const results = await Promise.all(
      [1, 2, 8].map((threads) => simulatePlan(plan, wrapped(inline.run, threads), { ...options, samples: 100_000, stopWhen })),
    );
    for (const r of results) {
      expect(r.samples).toBe(12_000);
      expect(r.stoppedEarly).toBe(true);
      expect(r).toEqual(results[0]);
    }
  });

  it('fails, instead of waiting forever, when a merge or a progress callback throws', async () => {
    const base = { samples: 10, chunkSize: 1, window: 2, run: async () => 1 };
    await expect(simulate<number>({ ...base, merge: () => { throw new Error('bad merge'); } })).rejects.toThrow('bad merge');
    await expect(simulate<number>({ ...base, merge: (a, b) => a + b, onProgress: () => { throw new Error('bad progress'); } })).rejects.toThrow('bad progress');
    await expect(simulate<number>({ ...base, merge: (a, b) => a + b, run: () => { throw new Error('sync throw'); } })).rejects.toThrow('sync throw');
  });

  it('passes a failing chunk\'s error on', async () => {
    const failing = wrapped(async (task) => {
      if (task.chunkIndex === 2) throw new Error('disk on fire');
      return inline.run(task);
    });
    await expect(simulatePlan(plan, failing, options)).rejects.toThrow('disk on fire');
  });
});

describe('evaluators and reducers', () => {
  const inputs = { x1: { uniform: [0, 1] as [number, number] }, x2: { normal: { mean: 5, sd: 2 } }, x3: 1 };
  const moments = (summary: ChunkSummary, name: string) => summary.reductions[name] as Moments;

  it('runs several evaluators on the same rows: overrides set or scale an input', async () => {
    const summary = await runPlan(
      planFor(linearModel, inputs, [
        { name: 'base', kind: 'moments', column: { output: 'y' } },
        { name: 'pinned', kind: 'moments', column: { output: 'y', evaluator: 'pinned' } },
        { name: 'scaled', kind: 'moments', column: { output: 'y', evaluator: 'scaled' } },
      ], { evaluators: [{ name: 'base' }, { name: 'pinned', overrides: { x2: { set: 0 } } }, { name: 'scaled', overrides: { x1: { scale: 3 } } }] }),
      20_000,
    );
    const base = moments(summary, 'base');
    const pinned = moments(summary, 'pinned');
    const scaled = moments(summary, 'scaled');
    // Same rows, so the differences are exact up to rounding: pinning x2 removes 2 x2, scaling x1 adds 2 x1.
    const x2 = await runPlan(planFor(linearModel, inputs, [{ name: 'x2', kind: 'moments', column: { input: 'x2' } }]), 20_000);
    const x1 = await runPlan(planFor(linearModel, inputs, [{ name: 'x1', kind: 'moments', column: { input: 'x1' } }]), 20_000);
    expect(base.mean - pinned.mean).toBeCloseTo(2 * moments(x2, 'x2').mean, 9);
    expect(scaled.mean - base.mean).toBeCloseTo(2 * moments(x1, 'x1').mean, 9);
  });

  it('reduces a series output step by step, and one step of it as a scalar', async () => {
    const summary = await runPlan(
      planFor(growthSeriesModel, { start: 100, growth: { uniform: [0, 0.02] } }, [
        { name: 'by month', kind: 'series_moments', column: { output: 'monthly' }, series: GROWTH_MONTHS },
        { name: 'last month', kind: 'moments', column: { output: 'monthly', step: GROWTH_MONTHS - 1 } },
      ]),
      5_000,
    );
    const byMonth = summary.reductions['by month'] as Moments[];
    expect(byMonth.map((m) => m.count)).toEqual(Array(GROWTH_MONTHS).fill(5_000));
    expect(byMonth[0]?.mean).toBe(100);
    expect(byMonth[0]?.m2).toBe(0);
    expect(moments(summary, 'last month').mean).toBeCloseTo(byMonth[GROWTH_MONTHS - 1]?.mean as number, 9);
    // E[(1 + g)^k] for g ~ U(0, 0.02) is (1.02^(k+1) - 1) / ((k + 1) x 0.02); month 11 has k = 11.
    const power = (k: number) => (1.02 ** (k + 1) - 1) / ((k + 1) * 0.02);
    const exact = 100 * power(11);
    const sd = Math.sqrt(100 * 100 * power(22) - exact * exact);
    expect(Math.abs(moments(summary, 'last month').mean - exact)).toBeLessThan((4 * sd) / Math.sqrt(5_000));
  });

  it('asks the model for a kernel writing just the outputs some reducer reads of that evaluator', () => {
    const asked: string[][] = [];
    const twoOutputs = defineModel({
      id: 'two-outputs',
      url: import.meta.url,
      inputs: [{ name: 'x', path: ['x'], label: 'x', unit: '', min: 0, max: 1 }],
      outputs: [
        { name: 'double', label: 'double', unit: '', format: 'number' },
        { name: 'square', label: 'square', unit: '', format: 'number' },
      ],
      evaluateColumns: ({ x }, { double, square }, length) => {
        for (let i = 0; i < length; i++) {
          double[i] = 2 * (x[i] as number);
          square[i] = (x[i] as number) ** 2;
        }
      },
      specialize: (_fixed, read) => {
        asked.push([...read].sort());
        return undefined;
      },
    });
    const task = {
      ...planFor(twoOutputs, { x: { uniform: [0, 1] } }, [
        { name: 'base double', kind: 'sketch', column: { output: 'double' } },
        { name: 'pinned square', kind: 'moments', column: { output: 'square', evaluator: 'pinned' } },
        { name: 'x', kind: 'moments', column: { input: 'x' } },
      ], { evaluators: [{ name: 'base' }, { name: 'pinned', overrides: { x: { set: 0.5 } } }] }),
      chunkIndex: 0,
      length: 100,
    };
    const summary = runChunk(task, twoOutputs, createWorkspace());
    expect(asked).toEqual([['double'], ['square']]);
    expect(moments(summary, 'pinned square').mean).toBe(0.25);
  });

  it('names what a plan gets wrong', async () => {
    const bad = (extra: object) => runPlan(planFor(linearModel, inputs, [{ name: 'm', kind: 'moments', column: extra as never }]), 10);
    await expect(bad({ input: 'x9' })).rejects.toThrow(/reads input "x9", which model "linear" does not have/);
    await expect(bad({ output: 'z' })).rejects.toThrow(/reads output "z"/);
    await expect(bad({ output: 'y', evaluator: 'other' })).rejects.toThrow(/reads evaluator "other"/);
  });
});
