import { expect, it } from 'vitest';
import { runFleetExample } from '../../examples/custom-model.js';
import { forgottenDeclarations } from '../helpers/check-model.js';
import { fleetModel } from '../../examples/custom-model.js';

it('runs the custom-model example on the pool, and doubling the volume makes savings likelier', async () => {
  const answers = await runFleetExample(40_000, 2);
  expect(answers.pSavingsPositive).toBeGreaterThan(0.05);
  expect(answers.pSavingsPositive).toBeLessThan(0.95);
  // Same draws, twice the tokens: the API bill doubles while the fleet grows in whole GPUs.
  expect(answers.pSavingsPositiveDoubled).toBeGreaterThan(answers.pSavingsPositive);
  expect(answers.meanCumulativeByMonth).toHaveLength(12);
  expect(forgottenDeclarations(fleetModel)).toEqual({ unwrittenOutputs: [], unreadInputs: [] });
});
