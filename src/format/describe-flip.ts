import type { FlipPoint } from '../sensitivity/decision-flips.js';
import { formatCompact } from './format-number.js';

/** "12,400 (P63, falling)" or "never (always below)". */
export function describeFlip(flip: FlipPoint): string {
  if (!flip.crosses) return `never (${flip.side === 'always_above' ? 'always above' : 'always below'})`;
  return `${formatCompact(flip.value)} (P${Math.round(100 * flip.percentile)}, ${flip.direction})`;
}
