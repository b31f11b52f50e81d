import { ROI_INPUT_FIELDS } from '../../src/model/roi-fields.js';
import { buildResults } from '../../src/results/build-results.js';
import type { Results } from '../../src/results/results.js';
import { ANALYSIS_CHUNK_SIZE, runRoiAnalyses } from '../../src/results/roi-analyses.js';
import { roiPlan } from '../../src/results/roi-plan.js';
import { runRoiSensitivity } from '../../src/results/roi-sensitivity.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { runPlan } from './run-plan.js';

/**
 * Results of a small in-process run of a scenario given as YAML text; with `analyses`, also
 * the report's designed runs (tornadoes, bands) and every sensitivity method (Sobol at 512
 * base rows), as `ftroi run --sensitivity sobol,spearman` does.
 */
export async function quickResults(yaml: string, samples = 5_000, analyses = false): Promise<Results> {
  const scenario = parseScenario(yaml, 's.yaml', ROI_INPUT_FIELDS, 's');
  const summary = await runPlan(roiPlan(scenario), samples, 50_000);
  const ran = { ...scenario, simulation: { ...scenario.simulation, samples } };
  const designed = analyses ? await runRoiAnalyses(ran, (plan, n) => runPlan(plan, n, ANALYSIS_CHUNK_SIZE)) : undefined;
  const sensitivity = analyses
    ? await runRoiSensitivity(ran, { methods: ['conditional', 'evppi', 'flip', 'sobol', 'spearman'], sobolSamples: 512 }, (plan, n, size) => runPlan(plan, n, size))
    : undefined;
  return buildResults(scenario, summary, { ftroiVersion: 'test', scenarioSha256: 'f'.repeat(64) }, designed, sensitivity);
}
