import { formatOutput, outputLabel } from '../format/format-output.js';
import type { OutputField } from '../model/output-field.js';
import { formatTable } from './format-table.js';

/** The deterministic breakdown as `estimate` prints it: every declared output, dollars to the cent. */
export function formatEstimate(name: string, outputs: readonly OutputField[], values: Readonly<Record<string, number>>): string {
  const rows = outputs.map((field) => [outputLabel(field), formatOutput(field, values[field.name] ?? null, true)]);
  return `${name}: each input at its point value (a distribution's median)\n\n${formatTable(rows)}\n`;
}

/** `estimate --json`: the outputs, with null for a payback or break-even that never happens. */
export function estimateJson(values: Readonly<Record<string, number>>): string {
  const finite = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number.isFinite(v) ? v : null]));
  return `${JSON.stringify(finite, null, 2)}\n`;
}
