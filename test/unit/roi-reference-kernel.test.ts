import fc from 'fast-check';
import { expect, it } from 'vitest';
import { allocateOutputColumns, type Columns } from '../../src/model/model.js';
import { ROI_INPUT_FIELDS, type RoiInputName, type RoiOutputName } from '../../src/model/roi-fields.js';
import { FLEET_OUTPUTS } from '../../src/model/roi-common.js';
import { roiModel } from '../../src/model/roi-model.js';
import { columnsOf } from '../../src/engine/reducers/reducer-spec.js';
import { roiReducers } from '../../src/results/roi-plan.js';
import { SUMMARIZED_OUTPUTS } from '../../src/results/results.js';
import { FUZZ } from '../helpers/fuzz-runs.js';

/**
 * The reference kernel stands in for the complete one whenever every input beyond the
 * reference is fixed at its default: on such rows it must give the very same doubles.
 */
const REFERENCE = ['requests_per_day', 'input_tokens_per_request', 'output_tokens_per_request', 'input_price_per_1m', 'output_price_per_1m', 'instance_cost_per_hour', 'instances', 'spot_fraction', 'spot_discount', 'model_size_b', 'storage_cost_per_gb_month', 'review_rate_api', 'review_rate_ft', 'cost_per_review', 'training_runs', 'compute_cost_per_run', 'hourly_rate', 'hours_data', 'hours_experiments', 'hours_evaluation', 'hours_deployment', 'lifetime_months'];
const DEFAULTS = Object.fromEntries(ROI_INPUT_FIELDS.flatMap((field) => ('default' in field && !REFERENCE.includes(field.name) ? [[field.name, field.default]] : [])));
const ROWS = 64;
/** What a run of a reference scenario reads: the outputs its results summarize. */
const HEADLINE = new Set(
  roiReducers(12, 'payback_months', SUMMARIZED_OUTPUTS.filter((name) => !FLEET_OUTPUTS.has(name)))
    .flatMap(columnsOf)
    .flatMap((column) => ('output' in column ? [column.output as RoiOutputName] : [])),
);
const EVERY = new Set(roiModel.outputs.map((field) => field.name));

/** A value of a field's range: its ends, zero, small whole numbers, or anything between. */
const valueIn = (min: number, max: number) =>
  fc.oneof(fc.constantFrom(min, max, Math.max(min, 0)), fc.integer({ min: Math.ceil(min), max: Math.min(max, 1000) }), fc.double({ min, max, noNaN: true }));
const column = (min: number, max: number) => fc.array(valueIn(min, max), { minLength: ROWS, maxLength: ROWS }).map((xs) => Float64Array.from(xs));
const referenceColumns = fc.record(
  Object.fromEntries(ROI_INPUT_FIELDS.filter((f) => REFERENCE.includes(f.name)).map((f) => [f.name, column(f.min, f.max)])),
) as fc.Arbitrary<Record<string, Float64Array>>;

it('is chosen only when every input beyond the reference is fixed at its default', () => {
  const complete = roiModel.evaluateColumns;
  expect(roiModel.kernelFor(DEFAULTS)).not.toBe(complete);
  expect(roiModel.kernelFor({})).toBe(complete);
  expect(roiModel.kernelFor({ ...DEFAULTS, horizon_months: 36 })).toBe(complete);
  const { gpu_utilization: _, ...oneUncertain } = DEFAULTS;
  expect(roiModel.kernelFor(oneUncertain)).toBe(complete);
});

it('writes only the headline outputs when those are all a run reads', () => {
  expect(roiModel.kernelFor(DEFAULTS, HEADLINE)).not.toBe(roiModel.kernelFor(DEFAULTS));
  expect(roiModel.kernelFor(DEFAULTS, new Set([...HEADLINE, 'net_value']))).toBe(roiModel.kernelFor(DEFAULTS));
  expect(roiModel.kernelFor(DEFAULTS, EVERY)).toBe(roiModel.kernelFor(DEFAULTS));
});

it.each([
  ['every output', EVERY],
  ['the headline outputs', HEADLINE],
])('gives exactly the complete kernel\'s outputs, bit for bit, on rows at those defaults (%s read)', (_name, read) => {
  const reference = roiModel.kernelFor(DEFAULTS, read);
  fc.assert(
    fc.property(referenceColumns, (varying) => {
      const fixedColumns = Object.fromEntries(Object.entries(DEFAULTS).map(([name, value]) => [name, new Float64Array(ROWS).fill(value as number)]));
      const x = { ...fixedColumns, ...varying } as Columns<RoiInputName>;
      const expected = allocateOutputColumns(roiModel.outputs, ROWS);
      const actual = allocateOutputColumns(roiModel.outputs, ROWS);
      roiModel.evaluateColumns(x, expected, ROWS);
      reference(x, actual, ROWS);
      const differences = roiModel.outputs.filter(({ name }) => read.has(name)).flatMap(({ name }) =>
        Array.from(actual[name] as Float64Array).flatMap((value, i) => (Object.is(value, expected[name]?.[i]) ? [] : [`${name}[${i}]: ${value} vs ${expected[name]?.[i]}`])),
      );
      expect(differences).toEqual([]);
    }),
    FUZZ,
  );
});
