/**
 * ftroi's engine on a model of your own: a small GPU-fleet model with a series output,
 * simulated on a worker pool with two evaluators on the same draws (today's volume, and
 * the volume doubled). Run it with `npx tsx examples/custom-model.ts`.
 */
import { countAt, createPoolRunner, defineModel, simulatePlan, type Moments, type SimulationPlan, type ThresholdCounts } from '../src/index.js';

const MONTHS = 12;

/** API bill vs a fleet sized for the volume: monthly savings, and cumulative savings month by month. */
export const fleetModel = defineModel({
  id: 'fleet',
  url: import.meta.url, // workers import this file to find the model
  inputs: [
    { name: 'tokens_per_day', path: ['tokens_per_day'], label: 'Tokens per day', unit: 'tokens', min: 0, max: 1e13 },
    { name: 'api_price_per_1m', path: ['api_price_per_1m'], label: 'API price', unit: '$/1M tokens', min: 0, max: 1e3 },
    { name: 'gpu_cost_per_hour', path: ['gpu_cost_per_hour'], label: 'GPU cost', unit: '$/h', min: 0, max: 1e3 },
    { name: 'tokens_per_second', path: ['tokens_per_second'], label: 'Throughput per GPU', unit: 'tokens/s', min: 1, max: 1e6 },
    { name: 'utilization', path: ['utilization'], label: 'GPU utilization', unit: 'fraction', min: 0.01, max: 1 },
    { name: 'monthly_growth', path: ['monthly_growth'], label: 'Volume growth', unit: 'fraction/month', min: -0.5, max: 1 },
  ],
  outputs: [
    { name: 'gpus', label: 'GPUs', unit: 'GPUs', format: 'number' },
    { name: 'monthly_savings', label: 'Monthly savings, month 1', unit: '$/month', format: 'usd' },
    { name: 'cumulative_savings', label: 'Cumulative savings', unit: '$', format: 'usd', series: MONTHS },
  ],
  evaluateColumns: (x, y, rows) => {
    for (let i = 0; i < rows; i++) {
      const perSecond = (x.tokens_per_second[i] as number) * (x.utilization[i] as number);
      let cumulative = 0;
      let volume = x.tokens_per_day[i] as number;
      for (let t = 0; t < MONTHS; t++) {
        const gpus = Math.max(1, Math.ceil(volume / 86_400 / perSecond));
        const savings = (volume * 30 * (x.api_price_per_1m[i] as number)) / 1e6 - gpus * (x.gpu_cost_per_hour[i] as number) * 720;
        if (t === 0) {
          y.gpus[i] = gpus;
          y.monthly_savings[i] = savings;
        }
        cumulative += savings;
        y.cumulative_savings[i * MONTHS + t] = cumulative;
        volume *= 1 + (x.monthly_growth[i] as number);
      }
    }
  },
});

/** What the example simulates: uncertain inputs, today's volume and twice it, and what to keep. */
export const fleetPlan: SimulationPlan = {
  model: { id: fleetModel.id, url: fleetModel.url },
  inputs: {
    tokens_per_day: { lognormal: { p5: 3e6, p95: 30e6 } },
    api_price_per_1m: { uniform: [0.5, 3] },
    gpu_cost_per_hour: { triangular: [0.8, 1.03, 1.6] },
    tokens_per_second: { pert: [2_500, 5_000, 6_000] },
    utilization: { beta: { alpha: 4, beta: 4, min: 0.2, max: 0.8 } },
    monthly_growth: { normal: { mean: 0.03, sd: 0.03 } },
  },
  seed: 'fleet-example',
  sampler: { kind: 'independent' },
  evaluators: [{ name: 'base' }, { name: 'doubled', overrides: { tokens_per_day: { scale: 2 } } }],
  reducers: [
    { name: 'savings', kind: 'moments', column: { output: 'monthly_savings' } },
    { name: 'savings > 0', kind: 'threshold_counts', column: { output: 'monthly_savings' }, thresholds: [0], inclusive: true },
    { name: 'savings > 0, doubled', kind: 'threshold_counts', column: { output: 'monthly_savings', evaluator: 'doubled' }, thresholds: [0], inclusive: true },
    { name: 'cumulative', kind: 'series_moments', column: { output: 'cumulative_savings' }, series: MONTHS },
  ],
};

/** The example's answers from `samples` draws on `workers` threads. */
export async function runFleetExample(samples: number, workers: number) {
  const pool = createPoolRunner(workers);
  try {
    const { summary } = await simulatePlan(fleetPlan, pool, { samples, chunkSize: 50_000 });
    const share = (name: string) => countAt(summary.reductions[name] as ThresholdCounts, '>', 0) / summary.samples;
    return {
      pSavingsPositive: share('savings > 0'),
      pSavingsPositiveDoubled: share('savings > 0, doubled'),
      meanMonthlySavings: (summary.reductions.savings as Moments).mean,
      meanCumulativeByMonth: (summary.reductions.cumulative as Moments[]).map((m) => m.mean),
    };
  } finally {
    await pool.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  const answers = await runFleetExample(200_000, 2);
  const usd = (x: number) => `${x < 0 ? "-" : ""}$${Math.abs(Math.round(x)).toLocaleString("en-US")}`;
  console.log(`P(monthly savings > 0) today:           ${(100 * answers.pSavingsPositive).toFixed(1)}%`);
  console.log(`P(monthly savings > 0) at twice volume: ${(100 * answers.pSavingsPositiveDoubled).toFixed(1)}%`);
  console.log(`Mean monthly savings, month 1:          ${usd(answers.meanMonthlySavings)}`);
  console.log(`Mean cumulative savings after 12 months: ${usd(answers.meanCumulativeByMonth[MONTHS - 1] as number)}`);
}
