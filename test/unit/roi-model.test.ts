import { describe, expect, it } from 'vitest';
import { evaluateRoi } from '../../src/model/evaluate-roi.js';
import type { RoiInputName, RoiInputs } from '../../src/model/roi-fields.js';
import { allocateOutputColumns } from '../../src/model/model.js';
import { roiModel } from '../../src/model/roi-model.js';
import { createRng } from '../../src/rng/create-rng.js';

describe('roiModel: one row through evaluate', () => {
  it('equals that row of a batch, for every output (no state leaks between rows)', () => {
    const rng = createRng('columns');
    const length = 200;
    // Each input gets values of its own scale, so a mixed-up column changes the answer.
    const columns = Object.fromEntries(
      roiModel.inputs.map((field, k) => [
        field.name,
        Float64Array.from({ length }, () => (field.max === 1 ? rng() : field.min + (k + 1) * 10 * rng())),
      ]),
    ) as Record<RoiInputName, Float64Array>;
    const out = allocateOutputColumns(roiModel.outputs, length);
    roiModel.evaluateColumns(columns, out, length);
    for (let i = 0; i < length; i++) {
      const row = Object.fromEntries(roiModel.inputs.map((f) => [f.name, columns[f.name]?.[i]])) as unknown as RoiInputs;
      const expected = evaluateRoi(row);
      for (const { name } of roiModel.outputs) expect(out[name][i]).toBe(expected[name]);
    }
  });
});
