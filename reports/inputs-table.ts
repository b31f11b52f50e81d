import { fromSpec, type InputSpec } from '../distributions/index.js';
import { formatCompact } from '../src/format/format-number.js';
import type { InputField } from '../src/model/input-field.js';
import { escapeHtml } from './escape-html.js';

/** A distribution spec in words: "triangular 300 / 500 / 800 tokens". */
export function describeInput(spec: InputSpec, unit: string): string {
  const n = (x: number) => formatCompact(x);
  const u = unit ? ` ${unit}` : '';
  if (typeof spec === 'number') return `fixed at ${n(spec)}${u}`;
  if ('uniform' in spec) return `uniform ${n(spec.uniform[0])} to ${n(spec.uniform[1])}${u}`;
  if ('triangular' in spec) return `triangular ${spec.triangular.map(n).join(' / ')}${u}`;
  if ('pert' in spec) return `PERT ${spec.pert.map(n).join(' / ')}${u}`;
  if ('normal' in spec) {
    const { mean, sd, min, max } = spec.normal;
    const bounds = [min === undefined ? '' : ` above ${n(min)}`, max === undefined ? '' : ` below ${n(max)}`].join('');
    return `normal, mean ${n(mean)}, sd ${n(sd)}${bounds}${u}`;
  }
  if ('lognormal' in spec) return `lognormal ${Object.entries(spec.lognormal).map(([k, v]) => `${k} ${n(v as number)}`).join(', ')}${u}`;
  if ('beta' in spec) return `beta(${n(spec.beta.alpha)}, ${n(spec.beta.beta)}) on ${n(spec.beta.min ?? 0)} to ${n(spec.beta.max ?? 1)}${u}`;
  if ('integer' in spec) return `a whole number from ${n(spec.integer[0])} to ${n(spec.integer[1])}${u}`;
  if ('discrete' in spec) return `one of ${spec.discrete.values.map(n).join(', ')}${spec.discrete.weights ? ` (weights ${spec.discrete.weights.map(n).join(', ')})` : ''}${u}`;
  return `1 with probability ${n(spec.bernoulli)}, else 0`;
}

/**
 * The inputs the scenario sets (every input without a default, and those away from their
 * default): what it says, and the P10 / median / P90. Inputs at their default are counted,
 * not listed: a short scenario would otherwise show dozens of rows of zeros.
 */
export function inputsTable(fields: readonly InputField[], inputs: Readonly<Record<string, InputSpec>>): string {
  const atDefault = (field: InputField) => field.default !== undefined && inputs[field.name] === field.default;
  const shown = fields.filter((field) => !atDefault(field));
  const hidden = fields.length - shown.length;
  const rows = shown.map((field) => {
    const spec = inputs[field.name] ?? Number.NaN;
    if (field.choices && typeof spec === 'number') {
      // A named setting: its name, not its position.
      const name = escapeHtml(String(field.choices[spec]));
      return `<tr><th scope="row">${escapeHtml(field.label)}</th><td class="words">${name}</td><td></td><td>${name}</td><td></td></tr>`;
    }
    const dist = fromSpec(spec);
    const q = (p: number) => `<td>${escapeHtml(formatCompact(dist.quantile(p)))}</td>`;
    return `<tr><th scope="row">${escapeHtml(field.label)}</th><td class="words">${escapeHtml(describeInput(spec, field.unit))}</td>${q(0.1)}${q(0.5)}${q(0.9)}</tr>`;
  });
  return `<div class="table-scroll"><table class="inputs"><thead><tr><th scope="col">Input</th><th>As given</th><th>P10</th><th>Median</th><th>P90</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></div>${hidden > 0 ? `\n<p class="ci">${hidden} more input${hidden === 1 ? ' is' : 's are'} at ${hidden === 1 ? 'its' : 'their'} default, which leaves ${hidden === 1 ? 'it' : 'them'} out of the calculation or as the reference calculation has ${hidden === 1 ? 'it' : 'them'}; results.json lists every input.</p>` : ''}`;
}
