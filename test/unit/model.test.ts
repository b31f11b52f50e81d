import { describe, expect, it } from 'vitest';
import { defineModel } from '../../src/model/model.js';
import { loadModel } from '../../src/model/load-model.js';
import { roiModel } from '../../src/model/roi-model.js';
import { forgottenDeclarations } from '../helpers/check-model.js';
import { growthSeriesModel } from '../models/growth-series.js';
import { ishigamiModel } from '../models/ishigami.js';
import { linearModel } from '../models/linear.js';

describe('every model writes each output it declares and reads each input', () => {
  it.each([roiModel, ishigamiModel, linearModel, growthSeriesModel].map((m) => [m.id, m] as const))('%s', (_id, model) => {
    expect(forgottenDeclarations(model)).toEqual({ unwrittenOutputs: [], unreadInputs: [] });
  });

  it('catches a model that forgets one of each', () => {
    const sloppy = defineModel({
      id: 'sloppy',
      url: import.meta.url,
      inputs: [
        { name: 'used', path: ['used'], label: 'used', unit: '', min: 0, max: 1 },
        { name: 'ignored', path: ['ignored'], label: 'ignored', unit: '', min: 0, max: 1 },
      ],
      outputs: [
        { name: 'written', label: 'written', unit: '', format: 'number' },
        { name: 'forgotten', label: 'forgotten', unit: '', format: 'number' },
      ],
      evaluateColumns: ({ used }, { written }, length) => {
        for (let i = 0; i < length; i++) written[i] = 2 * (used[i] as number);
      },
    });
    expect(forgottenDeclarations(sloppy)).toEqual({ unwrittenOutputs: ['forgotten'], unreadInputs: ['ignored'] });
  });
});

describe('loadModel', () => {
  it('finds a model by id among a module\'s exports, from test/ as from src/', async () => {
    expect(await loadModel({ id: 'ishigami', url: ishigamiModel.url })).toBe(ishigamiModel);
    expect(await loadModel({ id: 'roi', url: roiModel.url })).toBe(roiModel);
  });

  it('says which module lacks the model', async () => {
    await expect(loadModel({ id: 'nope', url: ishigamiModel.url })).rejects.toThrow(/exports no model with id "nope"/);
  });
});

describe('defineModel', () => {
  it('derives the one-row evaluate from the column kernel', () => {
    expect(linearModel.evaluate({ x1: 1, x2: 10, x3: 100 })).toEqual({ y: 321 });
    expect(growthSeriesModel.evaluate({ start: 100, growth: 0.1 }).total).toBeCloseTo(100 * (1.1 ** 12 - 1) / 0.1, 9);
  });
});
