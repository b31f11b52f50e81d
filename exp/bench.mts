import { withDefaults } from '../src/model/evaluate-roi.ts';
import { GOLDEN_INPUTS } from '../test/fixtures/golden-inputs.ts';
const mod = await import(process.argv[2]!);
const roiModel = mod.roiModel;
const n = 1024;
const point = withDefaults(GOLDEN_INPUTS);
const x: Record<string, Float64Array> = {};
for (const f of roiModel.inputs) { const a = new Float64Array(n); for (let i = 0; i < n; i++) a[i] = (point as any)[f.name] * (f.name === 'requests_per_day' ? (0.5 + i / n) : 1); x[f.name] = a; }
const y: Record<string, Float64Array> = {};
for (const o of roiModel.outputs) y[o.name] = new Float64Array(n);
const res = [];
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  const reps = 2000;
  for (let k = 0; k < reps; k++) roiModel.evaluateColumns(x as any, y as any, n);
  res.push((performance.now() - t) * 1e6 / (reps * n));
}
console.log(process.argv[2], Math.min(...res).toFixed(1), 'ns/row');
