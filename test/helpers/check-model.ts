import type { InputField } from '../../src/model/input-field.js';
import { allocateOutputColumns, type Model } from '../../src/model/model.js';
import { createRng } from '../../src/rng/create-rng.js';

/**
 * What a model's column kernel forgets: declared outputs it never writes (they stay at the
 * NaN they start from) and declared inputs it never reads (scaling one changes no output).
 * Inputs are drawn inside their declared bounds (within +-1000 where a bound is infinite);
 * a named setting takes each of its choices, and an input with a default takes it in a
 * quarter of the rows, so that inputs read only under some setting are reached.
 */
export function forgottenDeclarations(model: Model, rows = 64): { unwrittenOutputs: string[]; unreadInputs: string[] } {
  const rng = createRng(`check ${model.id}`);
  const within = (min: number, max: number) => {
    const lo = Number.isFinite(min) ? min : -1000;
    const hi = Number.isFinite(max) ? max : lo + 1000;
    return lo + (hi - lo) * (0.05 + 0.9 * rng());
  };
  const draw = (f: InputField) => {
    if (f.choices) return Math.floor(rng() * f.choices.length);
    return f.default !== undefined && rng() < 0.25 ? f.default : within(f.min, f.max);
  };
  const inputs = Object.fromEntries(model.inputs.map((f) => [f.name, Float64Array.from({ length: rows }, () => draw(f))]));
  // A value no kernel computes: left in place, the output was never written.
  const UNWRITTEN = -1.2345678e300;
  const evaluate = (x: Record<string, Float64Array>) => {
    const out = allocateOutputColumns(model.outputs, rows);
    for (const column of Object.values(out)) column.fill(UNWRITTEN);
    model.evaluateColumns(x, out, rows);
    return out;
  };
  const base = evaluate(inputs);
  const unwrittenOutputs = model.outputs.filter((f) => base[f.name]?.some((v) => v === UNWRITTEN)).map((f) => f.name);
  const unreadInputs = model.inputs
    .filter((field) => {
      const moved = { ...inputs, [field.name]: (inputs[field.name] as Float64Array).map((v) => (field.choices ? (v + 1) % field.choices.length : within(field.min, field.max))) };
      const out = evaluate(moved);
      return model.outputs.every((f) => (out[f.name] as Float64Array).every((v, i) => Object.is(v, base[f.name]?.[i])));
    })
    .map((f) => f.name);
  return { unwrittenOutputs, unreadInputs };
}
