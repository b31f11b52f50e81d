/**
 * The simulate phase alone on 1 and on 2 workers, pools started and warmed up, in rounds;
 * prints {one: seconds[], two: seconds[], registers: speedups[], memory: speedups[]} as JSON.
 * Called by run-bench.ts.
 *
 * Each round runs the simulate phase on one worker and on two, in an order that alternates
 * from round to round, and then two plain loops on one thread and on two (no messages,
 * nothing shared; see machine-loop.mjs): what this machine gave two threads of this process
 * in the same minutes, computing in registers, and reading and writing 4 MiB each. On this
 * shared VM the second vCPU is at times busy elsewhere, and two threads that miss their L2
 * share an L3 with the host's other tenants: the register loop's two threads ran 1.3x-2.0x
 * one, the memory loop's 1.2x-1.8x (measured here). A chunk's working set (a block's
 * columns and the sketches' tables) is about 1 MiB.
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
type Loop = 'registers' | 'memory';
/** Wall seconds for a plain loop on the first `threads` loop workers at once. */
const loopSeconds = async (kind: Loop, threads: number): Promise<number> => {
  const started = performance.now();
  await Promise.all(loops.slice(0, threads).map((w) => new Promise((done) => (w.once('message', done), w.postMessage(kind)))));
  return (performance.now() - started) / 1000;
};
for (const kind of ['registers', 'memory'] as const) await loopSeconds(kind, 2);

const times = { one: [] as number[], two: [] as number[] };
const machine = { registers: [] as number[], memory: [] as number[] };
for (let r = 0; r < rounds; r++) {
  for (const name of r % 2 === 0 ? (['one', 'two'] as const) : (['two', 'one'] as const)) {
    const started = performance.now();
    await simulatePlan(plan, pools[name], { samples, chunkSize });
    times[name].push((performance.now() - started) / 1000);
  }
  // Twice the work on two threads: the speedup is 2 x one's time / two's.
  for (const kind of ['registers', 'memory'] as const) {
    const one = await loopSeconds(kind, 1);
    machine[kind].push((2 * one) / (await loopSeconds(kind, 2)));
  }
}
await Promise.all([...Object.values(pools).map((pool) => pool.close()), ...loops.map((w) => w.terminate())]);
process.stdout.write(JSON.stringify({ ...times, ...machine }));
