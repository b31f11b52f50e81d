import { formatGrouped, formatMonths, formatUsd } from '../format/format-number.js';
import type { RoiOutputs } from '../model/roi-fields.js';
import { formatTable } from './format-table.js';

/** The deterministic breakdown as `estimate` prints it, dollars to the cent. */
export function formatEstimate(name: string, out: RoiOutputs): string {
  const usd = (x: number) => formatUsd(x, true);
  const rows: [string, string][] = [
    ['Monthly API cost', usd(out.monthly_api_cost)],
    ['Monthly serving cost', usd(out.monthly_serving_cost)],
    ['Monthly storage cost', usd(out.monthly_storage_cost)],
    ['Monthly amortized project cost', usd(out.monthly_amortized_project_cost)],
    ['Monthly quality cost delta', usd(out.monthly_quality_cost_delta)],
    ['Monthly fine-tuned total', usd(out.monthly_ft_total)],
    ['Monthly savings', usd(out.monthly_savings)],
    ['Total project cost', usd(out.total_project_cost)],
    ['  compute', usd(out.compute_cost)],
    ['  engineering', usd(out.engineering_cost)],
    ['Payback (months)', formatMonths(out.payback_months)],
    ['Break-even (tokens/day)', Number.isFinite(out.break_even_tokens_per_day) ? formatGrouped(out.break_even_tokens_per_day) : 'none'],
    ['Current volume (tokens/day)', formatGrouped(out.current_daily_tokens)],
  ];
  return `${name}: each input at its point value (a distribution's median)\n\n${formatTable(rows)}\n`;
}

/** `estimate --json`: the outputs, with null for a payback or break-even that never happens. */
export function estimateJson(out: RoiOutputs): string {
  const finite = Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Number.isFinite(v) ? v : null]));
  return `${JSON.stringify(finite, null, 2)}\n`;
}
