import { ROI_INPUT_FIELDS } from '../../src/model/roi-fields.js';
import { buildResults } from '../../src/results/build-results.js';
import type { Results } from '../../src/results/results.js';
import { roiPlan } from '../../src/results/roi-plan.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { runPlan } from './run-plan.js';

/** Results of a small in-process run of a scenario given as YAML text. */
export async function quickResults(yaml: string, samples = 5_000): Promise<Results> {
  const scenario = parseScenario(yaml, 's.yaml', ROI_INPUT_FIELDS, 's');
  const summary = await runPlan(roiPlan(scenario), samples, 50_000);
  return buildResults(scenario, summary, { ftroiVersion: 'test', scenarioSha256: 'f'.repeat(64) });
}
