import { allocateOutputColumns, type Model } from '../../src/model/model.js';
import { createRng } from '../../src/rng/create-rng.js';

/**
 * What a model's column kernel forgets: declared outputs it never writes (they stay at the
 * NaN they start from) and declared inputs it never reads (scaling one changes no output).
 * Inputs are drawn inside their declared bounds (within +-1000 where a bound is infinite).
 */
export function forgottenDeclarations(model: Model, rows = 64): { unwrittenOutputs: string[]; unreadInputs: string[] } {
  const rng = createRng(`check ${model.id}`);
  const within = (min: number, max: number) => {
    const lo = Number.isFinite(min) ? min : -1000;
    const hi = Number.isFinite(max) ? max : lo + 1000;
    return lo + (hi - lo) * (0.05 + 0.9 * rng());
  };
  const inputs = Object.fromEntries(model.inputs.map((f) => [f.name, Float64Array.from({ length: rows }, () => within(f.min, f.max))]));
  const evaluate = (x: Record<string, Float64Array>) => {
    const out = allocateOutputColumns(model.outputs, rows);
    for (const column of Object.values(out)) column.fill(Number.NaN);
    model.evaluateColumns(x, out, rows);
    return out;
  };
  const base = evaluate(inputs);
  const unwrittenOutputs = model.outputs.filter((f) => base[f.name]?.some(Number.isNaN)).map((f) => f.name);
  const unreadInputs = model.inputs
    .filter((field) => {
      const moved = { ...inputs, [field.name]: (inputs[field.name] as Float64Array).map((v) => within(field.min, field.max) + 0 * v) };
      const out = evaluate(moved);
      return model.outputs.every((f) => (out[f.name] as Float64Array).every((v, i) => Object.is(v, base[f.name]?.[i])));
    })
    .map((f) => f.name);
  return { unwrittenOutputs, unreadInputs };
}
