import { defineModel } from '../../src/model/model.js';

/** A model that fails on values of x above 0.9: a bug in a model, seen from the engine. */
export const failingModel = defineModel({
  id: 'failing',
  url: import.meta.url,
  inputs: [{ name: 'x', path: ['x'], label: 'x', unit: '', min: 0, max: 1 }],
  outputs: [{ name: 'y', label: 'y', unit: '', format: 'number' }],
  evaluateColumns: ({ x }, { y }, length) => {
    for (let i = 0; i < length; i++) {
      if ((x[i] as number) > 0.9) throw new Error(`the model cannot take x = ${x[i]}`);
      y[i] = x[i] as number;
    }
  },
});
