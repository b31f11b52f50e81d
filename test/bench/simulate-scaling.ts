/**
 * The simulate phase alone on 1 and on 2 workers, pools started and warmed up, alternating,
 * 5 times each; prints {one: seconds[], two: seconds[]} as JSON. Called by run-bench.ts.
 */
import { readFileSync } from 'node:fs';
import { createPoolRunner } from '../../src/engine/pool-runner.js';
import { simulatePlan } from '../../src/engine/simulate-plan.js';
import { ROI_INPUT_FIELDS } from '../../src/model/roi-fields.js';
import { roiPlan } from '../../src/results/roi-plan.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';

const samples = Number(process.argv[2] ?? 4e6);
const scenario = parseScenario(readFileSync('examples/bench.yaml', 'utf8'), 'examples/bench.yaml', ROI_INPUT_FIELDS, 'bench');
const plan = roiPlan(scenario);
const chunkSize = scenario.simulation.chunk_size;
const pools = { one: createPoolRunner(1), two: createPoolRunner(2) };
const times: Record<keyof typeof pools, number[]> = { one: [], two: [] };
for (const pool of Object.values(pools)) await simulatePlan(plan, pool, { samples: 4 * chunkSize, chunkSize });
for (let r = 0; r < 5; r++) {
  for (const [name, pool] of Object.entries(pools) as [keyof typeof pools, (typeof pools)['one']][]) {
    const started = performance.now();
    await simulatePlan(plan, pool, { samples, chunkSize });
    times[name].push((performance.now() - started) / 1000);
  }
}
await Promise.all(Object.values(pools).map((pool) => pool.close()));
process.stdout.write(JSON.stringify(times));
