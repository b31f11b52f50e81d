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
