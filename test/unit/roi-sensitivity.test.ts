import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SimulationPlan } from '../../src/engine/plan.js';
import { roiPlan } from '../../src/results/roi-plan.js';
import { firstRowsReducers, runRoiSensitivity, type SensitivityOptions } from '../../src/results/roi-sensitivity.js';
import { parseRoiScenario } from '../../src/scenario/parse-roi-scenario.js';
import { runPlan } from '../helpers/run-plan.js';

describe('the sensitivity pass over the first rows', () => {
  // Correlated inputs (rank checks) and the sample-based methods, on three chunks.
  const file = 'examples/support-bot-correlated.yaml';
  const parsed = parseRoiScenario(readFileSync(file, 'utf8'), file, 'x');
  const scenario = { ...parsed, simulation: { ...parsed.simulation, samples: 30_000, chunk_size: 10_000 } };
  const options: SensitivityOptions = { methods: ['conditional', 'evppi', 'flip'] };
  const { samples, chunk_size: chunkSize } = scenario.simulation;

  it('gives the same results from a main run that carried its reducers as from a pass of its own, and runs nothing then', async () => {
    let passes = 0;
    const run = (plan: SimulationPlan, n: number, size: number) => (passes++, runPlan(plan, n, size));
    const apart = await runRoiSensitivity(scenario, options, run);
    expect(passes).toBe(1);
    const main = roiPlan(scenario);
    const riding = firstRowsReducers(scenario, options);
    const summary = await runPlan({ ...main, reducers: [...main.reducers, ...riding] }, samples, chunkSize);
    const along = await runRoiSensitivity(scenario, options, run, summary);
    expect(passes).toBe(1);
    expect(along).toEqual(apart);
    expect(along.correlations).toHaveLength(scenario.correlations.length);
    expect(Object.keys(along.sensitivity).sort()).toEqual(['conditional', 'evppi', 'flip']);
  });

  it('has no reducer name in common with the main run', () => {
    const names = [...roiPlan(scenario).reducers, ...firstRowsReducers(scenario, options)].map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
