import { requireMinModeMax } from './param-error.js';
import { scaledBeta } from './scaled-beta.js';
import type { Distribution } from './types.js';

/**
 * PERT(min, mode, max): the beta distribution on [min, max] with shapes
 * 1 + 4 (mode - min) / (max - min) and 1 + 4 (max - mode) / (max - min), so that its
 * mean is (min + 4 mode + max) / 6.
 */
export function pert(min: number, mode: number, max: number): Distribution {
  requireMinModeMax('pert', min, mode, max);
  const width = max - min;
  return scaledBeta('pert', 1 + (4 * (mode - min)) / width, 1 + (4 * (max - mode)) / width, min, max);
}
