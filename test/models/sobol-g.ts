import { defineModel } from '../../src/model/model.js';

/** Sobol's G function's coefficients (Saltelli et al. 2010's test case): a small a_i, an important x_i. */
export const SOBOL_G_A = [0, 1, 4.5, 9, 99, 99, 99, 99] as const;

const NAMES = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8'] as const;

/**
 * G = prod (|4 x_i - 2| + a_i) / (1 + a_i), x_i ~ U(0, 1): each factor has mean 1 and
 * variance 1 / (3 (1 + a_i)^2), so every Sobol index is known in closed form.
 */
export const sobolGModel = defineModel({
  id: 'sobol-g',
  url: import.meta.url,
  inputs: NAMES.map((name) => ({ name, path: [name], label: name, unit: '', min: 0, max: 1 })),
  outputs: [{ name: 'y', label: 'Sobol G', unit: '', format: 'number' }],
  evaluateColumns: (x, { y }, length) => {
    const columns = NAMES.map((name) => x[name]);
    for (let i = 0; i < length; i++) {
      let g = 1;
      for (let k = 0; k < columns.length; k++) g *= (Math.abs(4 * ((columns[k] as Float64Array)[i] as number) - 2) + (SOBOL_G_A[k] as number)) / (1 + (SOBOL_G_A[k] as number));
      y[i] = g;
    }
  },
});

/** The closed-form first-order and total indices (Saltelli et al. 2010, section 3). */
export function sobolGIndices(): { first: number[]; total: number[] } {
  const v = SOBOL_G_A.map((a) => 1 / (3 * (1 + a) ** 2));
  const total = v.reduce((p, vi) => p * (1 + vi), 1) - 1;
  return {
    first: v.map((vi) => vi / total),
    total: v.map((vi, i) => (vi * v.reduce((p, vj, j) => (j === i ? p : p * (1 + vj)), 1)) / total),
  };
}
