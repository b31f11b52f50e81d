/**
 * Where one thread's time goes, phase by phase, on a scenario (examples/bench.yaml by
 * default): drawing the inputs, evaluating the model, and each reducer kind, in nanoseconds
 * a sample (best of several repeats, since a shared machine only ever adds time).
 *
 *   npx tsx test/bench/profile-chunk.ts [--rows 2000000] [--scenario FILE] [--variant NAME]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BLOCK_ROWS, runChunk } from '../../src/engine/run-chunk.js';
import type { SimulationPlan } from '../../src/engine/plan.js';
import { createWorkspace } from '../../src/engine/workspace.js';
import { loadModel } from '../../src/model/load-model.js';
import { roiPlan } from '../../src/results/roi-plan.js';
import { parseRoiScenario } from '../../src/scenario/parse-roi-scenario.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '2000000' }, repeats: { type: 'string', default: '5' }, variant: { type: 'string' }, scenario: { type: 'string', default: 'examples/bench.yaml' } },
});
const rows = Number(values.rows);
const scenario = parseRoiScenario(readFileSync(values.scenario, 'utf8'), values.scenario, 'bench');
const plan = roiPlan(scenario);
const model = await loadModel(plan.model);
const chunkRows = 50_000;

function nsPerSample(variant: SimulationPlan): number {
  const workspace = createWorkspace();
  let best = Infinity;
  for (let r = 0; r < Number(values.repeats); r++) {
    const started = performance.now();
    for (let c = 0; c * chunkRows < rows; c++) runChunk({ ...variant, chunkIndex: c, length: chunkRows }, model, workspace);
    best = Math.min(best, ((performance.now() - started) * 1e6) / rows);
  }
  return best;
}

// Each variant runs in a process of its own: one process measuring several would leave the
// later ones with call sites the earlier ones made polymorphic.
// The engine evaluates only what some reducer reads: "draw + evaluate" keeps the cheapest
// reducer of an output (the headline's running count, a compare a row), "draw" none.
const evaluateOnly = plan.reducers.filter((r) => r.kind === 'running_counts');
const variants = {
  draw: { ...plan, reducers: [] },
  'draw + evaluate': { ...plan, reducers: evaluateOnly },
  'sketch (+moments)': { ...plan, reducers: plan.reducers.filter((r) => r.kind === 'sketch') },
  counts: { ...plan, reducers: plan.reducers.filter((r) => r.kind === 'threshold_counts' || r.kind === 'running_counts') },
  'whole chunk': plan,
} satisfies Record<string, SimulationPlan>;
type Variant = keyof typeof variants;

if (values.variant) {
  process.stdout.write(String(nsPerSample(variants[values.variant as Variant])));
} else {
  console.log(`${values.scenario}: blocks of ${BLOCK_ROWS} rows, ${rows.toExponential()} samples, best of ${values.repeats}, ns a sample`);
  const measured = new Map<Variant, number>();
  for (const variant of Object.keys(variants) as Variant[]) {
    const args = ['--variant', variant, '--rows', String(rows), '--repeats', values.repeats, '--scenario', values.scenario];
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { encoding: 'utf8' });
    measured.set(variant, Number(run.stdout));
  }
  const base = measured.get('draw') as number;
  for (const [variant, ns] of measured) {
    const n = variants[variant].reducers.length;
    // Reducers add to "draw + evaluate", which adds to "draw".
    const under = variant === 'draw + evaluate' ? base : (measured.get('draw + evaluate') as number);
    const extra = variant === 'draw' || variant === 'whole chunk' ? '' : `  (${n} reducer${n === 1 ? '' : 's'}: +${(ns - under).toFixed(0)})`;
    console.log(`${variant.padEnd(18)} ${ns.toFixed(0).padStart(5)}${extra}`);
  }
}
