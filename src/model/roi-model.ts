import { evaluateRoi } from './evaluate-roi.js';
import type { Model } from './model.js';
import { ROI_INPUT_FIELDS, ROI_OUTPUT_NAMES, type RoiInputs, type RoiOutputs } from './roi-fields.js';

/** The fine-tune-vs-API ROI model, as the engine sees it. */
export const roiModel: Model<RoiInputs, RoiOutputs> = {
  id: 'roi',
  inputs: ROI_INPUT_FIELDS,
  outputs: ROI_OUTPUT_NAMES,
  evaluate: evaluateRoi,
};
