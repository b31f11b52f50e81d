import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROI_INPUT_FIELDS, buildResults, createInlineRunner, parseScenario, roiPlan, simulatePlan, sketchQuantile, type Moments, type QuantileSketch } from '../../src/index.js';
import { linearModel } from '../models/linear.js';

it('runs a scenario through the public library API, as the README shows', async () => {
  const scenario = parseScenario(readFileSync('examples/support-bot.yaml', 'utf8'), 'support-bot.yaml', ROI_INPUT_FIELDS, 'support-bot');
  const { summary } = await simulatePlan(roiPlan(scenario), createInlineRunner(), { samples: 20_000, chunkSize: 5_000 });
  const results = buildResults(scenario, summary, { ftroiVersion: 'lib', scenarioSha256: '-' });
  expect(results.manifest.samples).toBe(20_000);
  expect(results.p_payback_within_threshold.estimate).toBeGreaterThan(0.5);
  expect(results.p_payback_within_threshold.estimate).toBeLessThan(0.75);
});

it('runs any model, several evaluators on the same rows, and stops by a rule, as the README shows', async () => {
  const { summary, samples, stoppedEarly } = await simulatePlan(
    {
      model: { id: linearModel.id, url: linearModel.url },
      inputs: { x1: { uniform: [0, 1] }, x2: 0, x3: 0 },
      seed: 'demo',
      sampler: { kind: 'independent' },
      evaluators: [{ name: 'base' }, { name: 'pinned', overrides: { x1: { set: 0.9 } } }],
      reducers: [
        { name: 'y', kind: 'moments', column: { output: 'y' } },
        { name: 'y quantiles', kind: 'sketch', column: { output: 'y' } },
        { name: 'x', kind: 'histogram', column: { input: 'x1' }, min: 0, max: 1, bins: 10 },
        { name: 'y pinned', kind: 'moments', column: { output: 'y', evaluator: 'pinned' } },
      ],
    },
    createInlineRunner(),
    { samples: 100_000, chunkSize: 10_000, stopWhen: (merged) => merged.samples >= 50_000 },
  );
  expect([samples, stoppedEarly]).toEqual([50_000, true]);
  expect((summary.reductions['y pinned'] as Moments).mean).toBeCloseTo(0.9, 12);
  expect(Math.abs((summary.reductions.y as Moments).mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / 50_000));
  expect(sketchQuantile(summary.reductions['y quantiles'] as QuantileSketch, 0.5)).toBeCloseTo(0.5, 2);
  expect((summary.reductions.x as { counts: Float64Array }).counts.reduce((a, b) => a + b, 0)).toBe(50_000);
});
