import { fromSpec, type InputSpec } from '../../distributions/index.js';
import type { Model } from '../model/model.js';

export interface TornadoRow {
  readonly input: string;
  readonly label: string;
  readonly unit: string;
  /** The input's low and high quantiles (P10 and P90 by default). */
  readonly p10: number;
  readonly p90: number;
  /** The metric with the input at p10 and at p90, every other input at its median. */
  readonly at_p10: number;
  readonly at_p90: number;
  /** |at_p90 - at_p10|. */
  readonly swing: number;
}

export interface ValueTornado {
  readonly metric: string;
  /** The metric with every input at its median. */
  readonly base: number;
  /** Uncertain inputs only, largest swing first. */
  readonly rows: readonly TornadoRow[];
}

/**
 * One-at-a-time swings of `metric`: each uncertain input moved from its `low` to its `high`
 * quantile while every other input stays at its median (fixed inputs have no swing and no
 * row). Deterministic: 1 + 2k evaluations of the model's one-row form, for any model.
 *
 * @example valueTornado(linearModel, inputs, 'y').rows[0].swing // => a_i (q90_i - q10_i) of the widest input
 */
export function valueTornado(
  model: Model,
  inputs: Readonly<Record<string, InputSpec>>,
  metric: string,
  { low = 0.1, high = 0.9 } = {},
): ValueTornado {
  if (!model.outputs.some((field) => field.name === metric)) throw new Error(`model "${model.id}" has no output "${metric}"`);
  const dists = Object.fromEntries(model.inputs.map((field) => [field.name, fromSpec(inputs[field.name] ?? Number.NaN)]));
  const medians = Object.fromEntries(model.inputs.map((field) => [field.name, dists[field.name]?.quantile(0.5) as number]));
  const at = (name: string, value: number) => model.evaluate({ ...medians, [name]: value })[metric] as number;
  const rows = model.inputs
    .map((field): TornadoRow | undefined => {
      const dist = dists[field.name];
      if (!dist || dist.variance === 0) return undefined;
      const p10 = dist.quantile(low);
      const p90 = dist.quantile(high);
      const atLow = at(field.name, p10);
      const atHigh = at(field.name, p90);
      return { input: field.name, label: field.label, unit: field.unit, p10, p90, at_p10: atLow, at_p90: atHigh, swing: Math.abs(atHigh - atLow) };
    })
    .filter((row): row is TornadoRow => row !== undefined)
    .sort((a, b) => b.swing - a.swing || a.input.localeCompare(b.input));
  return { metric, base: model.evaluate(medians)[metric] as number, rows };
}
