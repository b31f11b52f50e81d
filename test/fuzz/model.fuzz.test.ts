import fc from 'fast-check';
import { expect, it } from 'vitest';
import { evaluateRoi } from '../../src/model/evaluate-roi.js';
import { ROI_INPUT_FIELDS, type RoiInputs } from '../../src/model/roi-fields.js';
import { FUZZ } from '../helpers/fuzz-runs.js';

/** Any value inside a field's range: its ends, zero, and anything between, evenly in logarithm too. */
const inRange = (min: number, max: number) =>
  fc.oneof(
    fc.constantFrom(min, max),
    fc.double({ min, max, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }).map((t) => Math.min(max, Math.max(min, min + (max - min) ** t - 1))),
  );

const inputs = fc.record(Object.fromEntries(ROI_INPUT_FIELDS.map((f) => [f.name, inRange(f.min, f.max)]))) as fc.Arbitrary<RoiInputs>;

it('gives no NaN for any inputs inside their ranges; a payback that never happens is +Infinity', () => {
  fc.assert(
    fc.property(inputs, (x) => {
      const out = evaluateRoi(x);
      for (const [name, value] of Object.entries(out)) expect(Number.isNaN(value), name).toBe(false);
      expect(out.payback_months >= 0).toBe(true);
      for (const name of ['monthly_api_cost', 'monthly_ft_total', 'monthly_savings', 'total_project_cost'] as const) {
        expect(Number.isFinite(out[name]), name).toBe(true);
      }
    }),
    FUZZ,
  );
});
