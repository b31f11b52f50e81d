import { describe, expect, it } from 'vitest';
import { createPoolRunner } from '../../src/engine/pool-runner.js';
import type { Moments } from '../../src/stats/moments.js';
import { standardDeviation } from '../../src/stats/moments.js';
import { planFor, runPlan } from '../helpers/run-plan.js';
import { ISHIGAMI, ishigamiModel } from '../models/ishigami.js';

describe('a test-only model on the worker pool: Ishigami', () => {
  const { a, b } = ISHIGAMI;
  const pi = Math.PI;
  // Closed forms for x_i ~ U(-pi, pi) (Sobol' and Levitan 1999; SALib test_functions/Ishigami).
  const mean = a / 2;
  const variance = (a * a) / 8 + (b * pi ** 4) / 5 + (b * b * pi ** 8) / 18 + 0.5;
  const n = 200_000;
  const u = { uniform: [-pi, pi] as [number, number] };

  it('has the known mean and variance, within 4 standard errors', async () => {
    const pool = createPoolRunner(2);
    try {
      const summary = await runPlan(
        planFor(ishigamiModel, { x1: u, x2: u, x3: u }, [{ name: 'y', kind: 'moments', column: { output: 'y' } }]),
        n,
        25_000,
        pool,
      );
      const y = summary.reductions.y as Moments;
      expect(y.count).toBe(n);
      expect(Math.abs(y.mean - mean)).toBeLessThan(4 * Math.sqrt(variance / n));
      // SE of a sample variance is sigma^2 sqrt((kurtosis - 1) / n); Ishigami's kurtosis is
      // about 3.5 (numpy, 1e7 draws), so kurtosis < 5 bounds it.
      expect(Math.abs(standardDeviation(y) ** 2 - variance)).toBeLessThan(4 * variance * Math.sqrt(4 / n));
    } finally {
      await pool.close();
    }
  });
});
