import { describe, expect, it } from 'vitest';
import { evaluateRoi } from '../../src/model/evaluate-roi.js';
import type { RoiInputName, RoiInputs } from '../../src/model/roi-fields.js';
import { allocateOutputColumns } from '../../src/model/model.js';
import { roiModel } from '../../src/model/roi-model.js';
import { createRng } from '../../src/rng/create-rng.js';
import { FLEET_OUTPUTS, HEADLINE_OUTPUTS } from '../../src/model/roi-common.js';

/** Rows of every input, each of its own scale, so that a mixed-up column changes the answer. */
function mixedRows(seed: string, length: number): Record<RoiInputName, Float64Array> {
  const rng = createRng(seed);
  return Object.fromEntries(
    roiModel.inputs.map((field, k) => [field.name, Float64Array.from({ length }, () => (field.max === 1 ? rng() : field.min + (k + 1) * 10 * rng()))]),
  ) as Record<RoiInputName, Float64Array>;
}

describe('roiModel: one row through evaluate', () => {
  it('equals that row of a batch, for every output (no state leaks between rows)', () => {
    const length = 200;
    const columns = mixedRows('columns', length);
    const out = allocateOutputColumns(roiModel.outputs, length);
    roiModel.evaluateColumns(columns, out, length);
    for (let i = 0; i < length; i++) {
      const row = Object.fromEntries(roiModel.inputs.map((f) => [f.name, columns[f.name]?.[i]])) as unknown as RoiInputs;
      const expected = evaluateRoi(row);
      for (const { name } of roiModel.outputs) expect(out[name][i]).toBe(expected[name]);
    }
  });
});

describe('roiModel: the kernel for runs that read only the headline', () => {
  it('is chosen when nothing else is read, and writes those outputs exactly as the complete kernel does', () => {
    const read = new Set([...HEADLINE_OUTPUTS, ...FLEET_OUTPUTS]);
    const lean = roiModel.kernelFor({}, read);
    expect(lean).not.toBe(roiModel.evaluateColumns);
    expect(roiModel.kernelFor({}, new Set([...read, 'net_value']))).toBe(roiModel.evaluateColumns);
    const length = 500;
    const columns = mixedRows('lean', length);
    const expected = allocateOutputColumns(roiModel.outputs, length);
    const actual = allocateOutputColumns(roiModel.outputs, length);
    roiModel.evaluateColumns(columns, expected, length);
    lean(columns, actual, length);
    for (const name of read) expect(Array.from(actual[name]), name).toEqual(Array.from(expected[name]));
    // What it leaves out, it leaves as it was.
    expect(actual.net_value.every((v) => v === 0)).toBe(true);
  });
});
