import { defineModel } from '../../src/model/model.js';

/** y = 1 x1 + 2 x2 + 3 x3: swings, correlations and variances are known in closed form. */
export const LINEAR_COEFFICIENTS = [1, 2, 3] as const;

const input = (name: 'x1' | 'x2' | 'x3') => ({ name, path: [name], label: name, unit: '', min: -1e6, max: 1e6 });

export const linearModel = defineModel({
  id: 'linear',
  url: import.meta.url,
  inputs: [input('x1'), input('x2'), input('x3')],
  outputs: [{ name: 'y', label: 'Linear y', unit: '', format: 'number' }],
  evaluateColumns: ({ x1, x2, x3 }, { y }, length) => {
    const [a1, a2, a3] = LINEAR_COEFFICIENTS;
    for (let i = 0; i < length; i++) y[i] = a1 * (x1[i] as number) + a2 * (x2[i] as number) + a3 * (x3[i] as number);
  },
});
