import { defineModel } from '../../src/model/model.js';

/** Months in the series output. */
export const GROWTH_MONTHS = 12;

/**
 * A series-shaped output: value x (1 + g)^t for months t = 0..11, plus a scalar total. Tests
 * the row-major series layout the cash-flow model will use.
 */
export const growthSeriesModel = defineModel({
  id: 'growth-series',
  url: import.meta.url,
  inputs: [
    { name: 'start', path: ['start'], label: 'Start value', unit: '$', min: 0, max: 1e9 },
    { name: 'growth', path: ['growth'], label: 'Monthly growth', unit: 'fraction', min: -1, max: 1 },
  ],
  outputs: [
    { name: 'monthly', label: 'Value by month', unit: '$', format: 'usd', series: GROWTH_MONTHS },
    { name: 'total', label: 'Total', unit: '$', format: 'usd' },
  ],
  evaluateColumns: ({ start, growth }, { monthly, total }, length) => {
    for (let i = 0; i < length; i++) {
      let value = start[i] as number;
      let sum = 0;
      for (let t = 0; t < GROWTH_MONTHS; t++) {
        monthly[i * GROWTH_MONTHS + t] = value;
        sum += value;
        value *= 1 + (growth[i] as number);
      }
      total[i] = sum;
    }
  },
});
