import { ROI_INPUT_FIELDS, type RoiInputName, type RoiInputs, type RoiOutputs } from './roi-fields.js';
import { roiModel } from './roi-model.js';

/**
 * The ROI model for one set of inputs (see roi-model.ts), inputs left out taking their
 * defaults; with every later input at its default, DOMAIN.md's reference calculation. Pure:
 * numbers in, numbers out.
 *
 * @example evaluateRoi(goldenInputs).monthly_api_cost // => 8250
 * @throws {Error} when an input without a default is missing.
 */
export function evaluateRoi(inputs: RoiInputs): RoiOutputs {
  return roiModel.evaluate(withDefaults(inputs));
}

/** Every input, those left out at their declared default. */
export function withDefaults(inputs: RoiInputs): Record<RoiInputName, number> {
  return Object.fromEntries(
    ROI_INPUT_FIELDS.map((field) => {
      const value = (inputs as Partial<Record<RoiInputName, number>>)[field.name] ?? ('default' in field ? field.default : undefined);
      if (value === undefined) throw new Error(`input ${field.name} is required`);
      return [field.name, value];
    }),
  ) as Record<RoiInputName, number>;
}
