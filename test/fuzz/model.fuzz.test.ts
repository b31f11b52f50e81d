import fc from 'fast-check';
import { expect, it } from 'vitest';
import { evaluateRoi } from '../../src/model/evaluate-roi.js';
import type { InputField } from '../../src/model/input-field.js';
import { ROI_INPUT_FIELDS, type RoiInputs } from '../../src/model/roi-fields.js';
import { FUZZ } from '../helpers/fuzz-runs.js';

/** Any value inside a field's range: its ends, zero, and anything between, evenly in logarithm too. */
const inRange = (min: number, max: number) =>
  fc.oneof(
    fc.constantFrom(min, max),
    fc.double({ min, max, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }).map((t) => Math.min(max, Math.max(min, min + (max - min) ** t - 1))),
  );

/** A named setting (fleet, pricing, deployment) is drawn as the index of one of its choices. */
const inputs = fc.record(
  Object.fromEntries((ROI_INPUT_FIELDS as readonly InputField[]).map((f) => [f.name, f.choices ? fc.integer({ min: 0, max: f.choices.length - 1 }) : inRange(f.min, f.max)])),
) as fc.Arbitrary<RoiInputs>;

/** NaN says "unknown" for the achieved utilization alone: no throughput given, or a managed model. */
const MAY_BE_UNKNOWN = new Set(['achieved_utilization']);

it('gives no NaN for any inputs inside their ranges; a payback that never happens is +Infinity', () => {
  fc.assert(
    // A capacity fleet is sized from a throughput above 0 (the scenario requires it; below a
    // token a second, the fleet for any traffic is unbounded and so is its cost).
    fc.property(inputs.filter((x) => x.fleet !== 1 || (x.throughput_tokens_per_s ?? 0) >= 1), (x) => {
      const out = evaluateRoi(x);
      for (const [name, value] of Object.entries(out)) {
        if (!MAY_BE_UNKNOWN.has(name)) expect(Number.isNaN(value), name).toBe(false);
      }
      expect(out.achieved_utilization < 0, 'achieved_utilization').toBe(false);
      if (x.deployment === 1) expect(out.achieved_utilization, 'managed: no fleet to utilize').toBeNaN();
      expect(out.payback_months >= 0).toBe(true);
      // A whole month (0 when there is nothing to pay back), or +Infinity beyond the horizon.
      const month = out.cash_flow_payback_months;
      expect(month === Number.POSITIVE_INFINITY || (Number.isInteger(month) && month >= 0), `cash_flow_payback_months ${month}`).toBe(true);
      for (const name of ['monthly_api_cost', 'monthly_ft_total', 'monthly_savings', 'total_project_cost'] as const) {
        expect(Number.isFinite(out[name]), name).toBe(true);
      }
    }),
    FUZZ,
  );
});
