import { describe, expect, it } from 'vitest';
import {
  DistributionParamError,
  bernoulli,
  beta,
  discrete,
  fromSpec,
  integer,
  logNormalFromMedianP95,
  logNormalFromP5P95,
  normal,
  pert,
  point,
  triangular,
  uniform,
} from '../../distributions/index.js';

describe('known values', () => {
  it('normal(0, 1) has the textbook 97.5% quantile', () => {
    expect(normal(0, 1).quantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normal(0, 1).cdf(1.959963984540054)).toBeCloseTo(0.975, 14);
  });

  it('a normal truncated at the mean is the half-normal: mean sd * sqrt(2/pi)', () => {
    const half = normal(0, 2, 0);
    expect(half.mean).toBeCloseTo(2 * Math.sqrt(2 / Math.PI), 12);
    expect(half.variance).toBeCloseTo(4 * (1 - 2 / Math.PI), 12);
    expect(half.quantile(0.5)).toBeCloseTo(2 * 0.6744897501960817, 12);
  });

  it('lognormal from percentiles reproduces them', () => {
    const d = logNormalFromP5P95(30_000, 80_000);
    expect(d.quantile(0.05)).toBeCloseTo(30_000, 6);
    expect(d.quantile(0.95)).toBeCloseTo(80_000, 6);
    const m = logNormalFromMedianP95(100, 300);
    expect(m.quantile(0.5)).toBeCloseTo(100, 9);
    expect(m.quantile(0.95)).toBeCloseTo(300, 9);
  });

  it('triangular and pert have their closed-form means and medians', () => {
    expect(triangular(300, 500, 800).mean).toBeCloseTo(1600 / 3, 12);
    // The median of triangular(0, 0, 1) is 1 - sqrt(1/2).
    expect(triangular(0, 0, 1).quantile(0.5)).toBeCloseTo(1 - Math.SQRT1_2, 14);
    expect(pert(3, 5, 8).mean).toBeCloseTo((3 + 20 + 8) / 6, 12);
    expect(pert(0, 5, 10).quantile(0.5)).toBeCloseTo(5, 9);
  });

  it('beta(2, 5) has mean 2/7 and its cdf at 0.5 is 57/64', () => {
    expect(beta(2, 5).mean).toBeCloseTo(2 / 7, 14);
    // I_0.5(2, 5) = 1 - (1 + 5) / 2^6 ... computed by hand: sum_{j=2..6} C(6,j) / 64 = 57/64.
    expect(beta(2, 5).cdf(0.5)).toBeCloseTo(57 / 64, 12);
  });

  it('integer, discrete and bernoulli quantiles are the smallest value with cdf >= p', () => {
    expect(integer(5, 15).quantile(0.5)).toBe(10);
    expect(integer(5, 15).quantile(0)).toBe(5);
    expect(integer(5, 15).quantile(1)).toBe(15);
    expect(discrete([10, 20, 30], [1, 1, 2]).quantile(0.5)).toBe(20);
    expect(discrete([10, 20, 30], [1, 1, 2]).quantile(0.51)).toBe(30);
    expect(bernoulli(0.3).quantile(0.7)).toBe(0);
    expect(bernoulli(0.3).quantile(0.71)).toBe(1);
  });

  it('a point value is its own median, mean and only draw', () => {
    const d = point(42);
    expect([d.quantile(0.5), d.mean, d.sample(() => 0.3), d.variance]).toEqual([42, 42, 42, 0]);
  });
});

describe('fromSpec', () => {
  it('maps each scenario form to its distribution', () => {
    expect(fromSpec(7).kind).toBe('point');
    expect(fromSpec({ uniform: [4, 6] }).mean).toBe(5);
    expect(fromSpec({ triangular: [1, 2, 3] }).mean).toBe(2);
    expect(fromSpec({ pert: [1, 2, 3] }).mean).toBeCloseTo(2, 14);
    expect(fromSpec({ normal: { mean: 150, sd: 20, min: 80 } }).support).toEqual([80, Infinity]);
    expect(fromSpec({ lognormal: { mu: 0, sigma: 1 } }).quantile(0.5)).toBeCloseTo(1, 14);
    expect(fromSpec({ lognormal: { median: 5, p95: 9 } }).quantile(0.5)).toBeCloseTo(5, 12);
    expect(fromSpec({ lognormal: { p5: 1, p95: 9 } }).quantile(0.5)).toBeCloseTo(3, 12);
    expect(fromSpec({ beta: { alpha: 1, beta: 1, min: 2, max: 4 } }).mean).toBeCloseTo(3, 14);
    expect(fromSpec({ integer: [5, 15] }).mean).toBe(10);
    expect(fromSpec({ discrete: { values: [1, 2] } }).mean).toBe(1.5);
    expect(fromSpec({ bernoulli: 0.25 }).mean).toBe(0.25);
  });
});

describe('parameter rules', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['triangular order', () => triangular(500, 300, 800), /^triangular needs min <= mode <= max \(got \[500, 300, 800\]\)$/],
    ['triangular width', () => triangular(1, 1, 1), /triangular needs min < max; write a plain number/],
    ['pert order', () => pert(3, 9, 8), /pert needs min <= mode <= max/],
    ['uniform order', () => uniform(6, 4), /uniform needs lo < hi \(got \[6, 4\]\)/],
    ['normal sd', () => normal(0, -1), /normal needs sd > 0 \(got -1\)/],
    ['normal bounds', () => normal(0, 1, 2, 1), /normal needs min < max/],
    ['normal empty truncation', () => normal(0, 1, 40), /keeps almost no probability/],
    ['lognormal percentiles', () => logNormalFromP5P95(80, 30), /lognormal needs 0 < p5 < p95/],
    ['lognormal combination', () => fromSpec({ lognormal: { p5: 1, median: 2 } }), /exactly \{p5, p95\}, \{median, p95\} or \{mu, sigma\}/],
    ['beta shapes', () => beta(0, 1), /beta needs alpha > 0 and beta > 0/],
    ['integer whole', () => integer(1.5, 3), /integer needs whole numbers lo <= hi \(got \[1.5, 3\]\)/],
    ['discrete weights', () => discrete([1, 2], [1]), /one weight per value/],
    ['discrete negative', () => discrete([1, 2], [1, -1]), /weights\[1\] = -1/],
    ['discrete empty', () => discrete([]), /at least one value/],
    ['bernoulli range', () => bernoulli(1.5), /bernoulli needs 0 <= p <= 1 \(got 1.5\)/],
    ['finite', () => uniform(0, Infinity), /uniform needs a finite hi \(got Infinity\)/],
  ];
  it.each(cases)('%s', (_, make, message) => {
    expect(make).toThrow(DistributionParamError);
    expect(make).toThrow(message);
  });
});
