import { describe, expect, it } from 'vitest';
import { deriveSeed } from '../../src/rng/derive-seed.js';
import { createUniformStream } from '../../src/rng/uniform-stream.js';
import { ROI_INPUT_FIELDS } from '../../src/model/roi-fields.js';

const N = 20_000;

function draws(key: string): Float64Array {
  const out = new Float64Array(N);
  createUniformStream(key).fill(out, N);
  return out;
}

/** Pearson correlation; under independence its standard error is 1 / sqrt(n). */
function correlation(a: Float64Array, b: Float64Array): number {
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < N; i++) (ma += (a[i] as number) / N), (mb += (b[i] as number) / N);
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < N; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}

// Streams keyed by near-identical strings must look independent. A fast generator seeded
// from the key's characters did not (+13 standard errors between the inputs of a chunk).
// With 231 + 88 pairs tested, 4.5 standard errors keeps the chance of a false alarm under 0.3%.
const LIMIT = 4.5 / Math.sqrt(N);
const names = ROI_INPUT_FIELDS.map((f) => f.name);

describe('random streams', () => {
  it('are uncorrelated between the inputs of one chunk', () => {
    const columns = names.map((name) => draws(deriveSeed('42', 'input', name, 'chunk', 0)));
    let worst = 0;
    for (let i = 0; i < columns.length; i++) {
      for (let j = i + 1; j < columns.length; j++) worst = Math.max(worst, Math.abs(correlation(columns[i] as Float64Array, columns[j] as Float64Array)));
    }
    expect(worst).toBeLessThan(LIMIT);
  });

  it('are uncorrelated between neighbouring chunks of one input', () => {
    let worst = 0;
    for (const name of names.slice(0, 22)) {
      for (let chunk = 0; chunk < 4; chunk++) {
        const here = draws(deriveSeed('42', 'input', name, 'chunk', chunk));
        const next = draws(deriveSeed('42', 'input', name, 'chunk', chunk + 1));
        worst = Math.max(worst, Math.abs(correlation(here, next)));
      }
    }
    expect(worst).toBeLessThan(LIMIT);
  });

  it('have the mean and variance of U(0, 1), within 4 standard errors', () => {
    const u = draws('moments');
    const mean = u.reduce((s, x) => s + x, 0) / N;
    const variance = u.reduce((s, x) => s + (x - mean) ** 2, 0) / (N - 1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / N));
    // Var of the sample variance of U(0,1): (mu4 - sigma^4) / n with mu4 = 1/80.
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * Math.sqrt((1 / 80 - 1 / 144) / N));
  });
});
