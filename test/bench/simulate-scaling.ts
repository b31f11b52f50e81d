/**
 * The simulate phase alone on 1 and on 2 workers, pools started and warmed up, in rounds;
 * prints {one: seconds[], two: seconds[], machine: speedups[]} as JSON. Called by run-bench.ts.
 *
 * Each round runs the simulate phase on one worker and on two, in an order that alternates
 * from round to round, and then a plain arithmetic loop on one thread and on two (no memory,
 * no messages, nothing shared): what this machine gave two threads of this process in the
 * same minutes. On a shared VM, a second vCPU is at times busy elsewhere (two plain loops
 * took 1.0x-2.0x one, measured here): the reference tells such a round from a slow engine.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { createPoolRunner } from '../../src/engine/pool-runner.js';
import { simulatePlan } from '../../src/engine/simulate-plan.js';
import { ROI_INPUT_FIELDS } from '../../src/model/roi-fields.js';
import { roiPlan } from '../../src/results/roi-plan.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';

const samples = Number(process.argv[2] ?? 4e6);
const rounds = Number(process.argv[3] ?? 7);
const scenario = parseScenario(readFileSync('examples/bench.yaml', 'utf8'), 'examples/bench.yaml', ROI_INPUT_FIELDS, 'bench');
const plan = roiPlan(scenario);
const chunkSize = scenario.simulation.chunk_size;
const pools = { one: createPoolRunner(1), two: createPoolRunner(2) };

// Warm-up: every worker of each pool runs enough chunks for its code to be optimized.
for (const pool of Object.values(pools)) await simulatePlan(plan, pool, { samples: 8 * pool.threads * chunkSize, chunkSize });

const loops = [0, 1].map(() => new Worker(new URL('./machine-loop.mjs', import.meta.url)));
/** Wall seconds for the plain loop on the first `threads` loop workers at once. */
const loopSeconds = async (threads: number): Promise<number> => {
  const started = performance.now();
  await Promise.all(loops.slice(0, threads).map((w) => new Promise((done) => (w.once('message', done), w.postMessage('run')))));
  return (performance.now() - started) / 1000;
};
await loopSeconds(2);

const times = { one: [] as number[], two: [] as number[] };
const machine: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const name of r % 2 === 0 ? (['one', 'two'] as const) : (['two', 'one'] as const)) {
    const started = performance.now();
    await simulatePlan(plan, pools[name], { samples, chunkSize });
    times[name].push((performance.now() - started) / 1000);
  }
  // Twice the work on two threads: the speedup is 2 x one's time / two's.
  const one = await loopSeconds(1);
  machine.push((2 * one) / (await loopSeconds(2)));
}
await Promise.all([...Object.values(pools).map((pool) => pool.close()), ...loops.map((w) => w.terminate())]);
process.stdout.write(JSON.stringify({ ...times, machine }));
