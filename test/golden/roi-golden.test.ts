import { describe, expect, it } from 'vitest';
import { evaluateRoi } from '../../src/model/evaluate-roi.js';
import { GOLDEN_INPUTS } from '../fixtures/golden-inputs.js';

const cents = (x: number) => Math.round(x * 100) / 100;

describe('evaluateRoi on the golden case of DOMAIN.md', () => {
  const out = evaluateRoi(GOLDEN_INPUTS);

  it.each([
    ['monthly_api_cost', 8_250.0],
    ['monthly_serving_cost', 2_966.4],
    ['monthly_storage_cost', 0.32],
    ['monthly_amortized_project_cost', 838.67],
    ['monthly_quality_cost_delta', 225_000.0],
    ['monthly_ft_total', 228_805.39],
    ['monthly_savings', -220_555.39],
    ['total_project_cost', 15_096.0],
    ['compute_cost', 96.0],
    ['engineering_cost', 15_000.0],
    ['current_daily_tokens', 35_000_000],
  ] as const)('%s is %d to the cent', (name, expected) => {
    expect(cents(out[name])).toBe(expected);
  });

  it('storage is exactly 7 x 2 x 0.023 = 0.322', () => {
    expect(out.monthly_storage_cost).toBeCloseTo(0.322, 12);
  });

  it('never pays back', () => {
    expect(out.payback_months).toBe(Infinity);
  });

  it('breaks even at 12,586,093 tokens/day', () => {
    expect(Math.round(out.break_even_tokens_per_day)).toBe(12_586_093);
  });

  it('does not mutate its inputs', () => {
    expect(() => evaluateRoi(GOLDEN_INPUTS)).not.toThrow();
  });
});

describe('evaluateRoi, hand-checked variations', () => {
  it('pays back in project / (api - serving - storage) months when reviews cost the same', () => {
    const out = evaluateRoi({ ...GOLDEN_INPUTS, review_rate_ft: 0.02 });
    // 8,250 - 2,966.4 - 0.322 = 5,283.278 a month against a 15,096 project.
    expect(out.monthly_quality_cost_delta).toBe(0);
    expect(out.payback_months).toBeCloseTo(15_096 / 5_283.278, 12);
    expect(out.monthly_savings).toBeCloseTo(5_283.278 - 15_096 / 18, 9);
  });

  it('applies the spot discount to the share of hours on spot', () => {
    const out = evaluateRoi({ ...GOLDEN_INPUTS, spot_fraction: 0.5, spot_discount: 0.6 });
    // 2.06 x (1 - 0.3) x 2 instances x 720 h.
    expect(out.monthly_serving_cost).toBeCloseTo(2.06 * 0.7 * 2 * 720, 9);
  });

  it('has no break-even when API tokens are free, and a finite one at zero volume', () => {
    expect(evaluateRoi({ ...GOLDEN_INPUTS, input_price_per_1m: 0, output_price_per_1m: 0 }).break_even_tokens_per_day).toBe(Infinity);
    const idle = evaluateRoi({ ...GOLDEN_INPUTS, requests_per_day: 0 });
    expect(Math.round(idle.break_even_tokens_per_day)).toBe(12_586_093);
    expect(idle.payback_months).toBe(Infinity);
  });
});
