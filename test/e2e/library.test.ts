import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ROI_INPUT_FIELDS, buildResults, createInlineRunner, parseScenario, roiPlan, simulatePlan } from '../../src/index.js';

it('runs a scenario through the public library API, as the README shows', async () => {
  const scenario = parseScenario(readFileSync('examples/support-bot.yaml', 'utf8'), 'support-bot.yaml', ROI_INPUT_FIELDS, 'support-bot');
  const { summary } = await simulatePlan(roiPlan(scenario), createInlineRunner(), { samples: 20_000, chunkSize: 5_000 });
  const results = buildResults(scenario, summary, { ftroiVersion: 'lib', scenarioSha256: '-' });
  expect(results.manifest.samples).toBe(20_000);
  expect(results.p_payback_within_threshold.estimate).toBeGreaterThan(0.5);
  expect(results.p_payback_within_threshold.estimate).toBeLessThan(0.75);
});
