import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareOutputDir, removeFolders } from '../../src/cli/io.js';
import { NonFiniteOutputError } from '../../src/errors.js';
import { ROI_INPUT_FIELDS } from '../../src/model/roi-fields.js';
import { buildResults } from '../../src/results/build-results.js';
import { REDUCTION, roiPlan } from '../../src/results/roi-plan.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { sketchOf } from '../../src/stats/quantile-sketch.js';
import { GOLDEN_YAML } from '../fixtures/scenarios.js';
import { runPlan } from '../helpers/run-plan.js';

describe('a NaN output', () => {
  it('fails the run with the output and the count named, instead of counting as never paying back', async () => {
    const scenario = parseScenario(GOLDEN_YAML, 's.yaml', ROI_INPUT_FIELDS, 's');
    const summary = await runPlan(roiPlan(scenario), 100);
    const poisoned = { ...summary, reductions: { ...summary.reductions, [REDUCTION.sketch('payback_months')]: sketchOf(Float64Array.of(1, Number.NaN, Number.NaN)) } };
    expect(() => buildResults(scenario, poisoned, { ftroiVersion: 't', scenarioSha256: '-' })).toThrow(NonFiniteOutputError);
    expect(() => buildResults(scenario, poisoned, { ftroiVersion: 't', scenarioSha256: '-' })).toThrow(/no number \(NaN\) for payback_months in 2 of 100 samples/);
  });
});

describe('prepareOutputDir', () => {
  it('makes the missing levels, and removeFolders takes them away again', () => {
    const root = mkdtempSync(join(tmpdir(), 'ftroi-out-'));
    try {
      const created = prepareOutputDir(join(root, 'a', 'b'));
      expect(created).toEqual([join(root, 'a'), join(root, 'a', 'b')]);
      expect(existsSync(join(root, 'a', 'b'))).toBe(true);
      removeFolders(created);
      expect(existsSync(join(root, 'a'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
