import type { OutputField } from '../model/output-field.js';
import { formatCompact, formatGrouped, formatMonths, formatUsd } from './format-number.js';

/** How a table labels an output: money speaks for itself, other units follow in brackets. */
export function outputLabel(field: Pick<OutputField, 'label' | 'unit' | 'format'>): string {
  return field.format === 'usd' || field.unit === '' ? field.label : `${field.label} (${field.unit})`;
}

/**
 * One value of an output as its declared format shows it; null (an infinite or missing
 * value) reads "never" for months and "none" otherwise. `exact` gives cents and whole
 * token counts, for the deterministic `estimate`; summaries round.
 */
export function formatOutput(field: Pick<OutputField, 'format'>, x: number | null, exact = false): string {
  switch (field.format) {
    case 'usd':
      return formatUsd(x, exact);
    case 'months':
      return formatMonths(x);
    case 'tokens_per_day':
      return x === null || !Number.isFinite(x) ? 'none' : exact ? formatGrouped(x) : formatCompact(x);
    case 'fraction':
      return x === null || !Number.isFinite(x) ? 'none' : `${(100 * x).toFixed(1)}%`;
    case 'number':
      return x === null || !Number.isFinite(x) ? 'none' : exact ? String(Number(x.toPrecision(6))) : formatCompact(x);
  }
}
