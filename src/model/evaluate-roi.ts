import type { RoiInputs, RoiOutputs } from './roi-fields.js';
import { roiModel } from './roi-model.js';

/**
 * The reference calculation of DOMAIN.md for one set of inputs (see roi-model.ts). Pure:
 * numbers in, numbers out.
 *
 * @example evaluateRoi(goldenInputs).monthly_api_cost // => 8250
 */
export function evaluateRoi(inputs: RoiInputs): RoiOutputs {
  return roiModel.evaluate(inputs);
}
