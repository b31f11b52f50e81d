import type { RoiOutputName } from './roi-fields.js';

/** What the ROI model's kernels share (roi-model.ts, and the reference one in roi-reference-kernel.ts). */
export const HOURS_PER_DAY = 24;
export const SECONDS_PER_DAY = 86_400;
/** bf16 weights take two bytes a parameter. */
export const GB_PER_BILLION_PARAMS = 2;

/** The first month m (0..horizon) with m x savings >= cost, or +Infinity. */
export function flatPaybackMonth(cost: number, savings: number, horizon: number): number {
  if (cost <= 0) return 0;
  if (savings <= 0) return Infinity;
  let month = Math.ceil(cost / savings);
  // The division may land a hair above an exact month: check against the cumulative sum.
  if ((month - 1) * savings >= cost) month -= 1;
  return month <= horizon ? month : Infinity;
}

/**
 * The outputs every run's results summarize: when these are all that is read, a kernel
 * leaves the breakdown's outputs unwritten (the reference kernel 29 -> 20 ns a row on
 * bench.yaml's rows).
 */
export const HEADLINE_OUTPUTS: ReadonlySet<RoiOutputName> = new Set<RoiOutputName>([
  'monthly_api_cost', 'monthly_ft_total', 'monthly_savings', 'total_project_cost', 'payback_months', 'break_even_tokens_per_day',
  'break_even_full_tokens_per_day', 'npv', 'roi', 'cash_flow_payback_months',
]);
/** What results summarize besides when the fleet is sized from traffic or managed: the complete kernel always writes them. */
export const FLEET_OUTPUTS: ReadonlySet<RoiOutputName> = new Set<RoiOutputName>(['serving_instances', 'achieved_utilization', 'cost_per_1m_tokens_served']);

/** Whether every output read is one of `written`. */
export function readsOnly(read: ReadonlySet<RoiOutputName>, ...written: ReadonlySet<RoiOutputName>[]): boolean {
  return [...read].every((name) => written.some((set) => set.has(name)));
}
