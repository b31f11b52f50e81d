import { defineModel } from '../../src/model/model.js';

/** Ishigami and Homma's test function's constants (the usual a = 7, b = 0.1). */
export const ISHIGAMI = { a: 7, b: 0.1 } as const;

const input = (name: 'x1' | 'x2' | 'x3') => ({ name, path: [name], label: name, unit: '', min: -Math.PI, max: Math.PI });

/**
 * f = sin x1 + a sin^2 x2 + b x3^4 sin x1 with x_i ~ U(-pi, pi) (Ishigami and Homma 1990,
 * doi:10.1109/ISUMA.1990.151285): mean a / 2, variance a^2 / 8 + b pi^4 / 5 + b^2 pi^8 / 18 + 1 / 2.
 * A test-only model: it lives in test/ and workers load it from here.
 */
export const ishigamiModel = defineModel({
  id: 'ishigami',
  url: import.meta.url,
  inputs: [input('x1'), input('x2'), input('x3')],
  outputs: [{ name: 'y', label: 'Ishigami y', unit: '', format: 'number' }],
  evaluateColumns: ({ x1, x2, x3 }, { y }, length) => {
    const { a, b } = ISHIGAMI;
    for (let i = 0; i < length; i++) {
      const s1 = Math.sin(x1[i] as number);
      const s2 = Math.sin(x2[i] as number);
      const x3i = x3[i] as number;
      y[i] = s1 + a * s2 * s2 + b * x3i * x3i * x3i * x3i * s1;
    }
  },
});
