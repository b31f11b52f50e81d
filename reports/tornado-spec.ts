import type { TopLevelSpec } from 'vega-lite';
import { chartFrame } from './chart-frame.js';
import type { ValueTornado } from '../src/analysis/value-tornado.js';
import { formatCompact } from '../src/format/format-number.js';

/** Rows shown; the rest are summed into one line. */
export const TORNADO_ROWS = 12;

/**
 * The value tornado: for each input, a bar from the metric at its P10 to the metric at its
 * P90 (all other inputs at their medians), widest first, around the base-case line, each
 * end labelled with the input's value there. Data
 * are the tornado's rows, pre-aggregated.
 */
export function tornadoSpec(tornado: ValueTornado, metricTitle: string, format = '$,.0f'): TopLevelSpec {
  // A payback that never happens has no bar end: those rows are in the table, not the chart.
  const shown = tornado.rows.filter((row) => Number.isFinite(row.swing)).slice(0, TORNADO_ROWS);
  const rest = tornado.rows.filter((row) => Number.isFinite(row.swing)).slice(TORNADO_ROWS);
  // Each bar end is labelled with the input value that puts the metric there.
  const inputValue = (x: number, unit: string) => `${formatCompact(x)}${unit && unit !== 'fraction' ? ` ${unit}` : ''}`;
  const values = shown.map((row, rank) => {
    const p10Low = row.at_p10 <= row.at_p90;
    return {
      rank,
      input: row.label,
      low: Math.min(row.at_p10, row.at_p90),
      high: Math.max(row.at_p10, row.at_p90),
      swing: row.swing,
      lowLabel: inputValue(p10Low ? row.p10 : row.p90, row.unit),
      highLabel: inputValue(p10Low ? row.p90 : row.p10, row.unit),
    };
  });
  if (rest.length > 0) {
    const swing = rest.reduce((s, r) => s + r.swing, 0);
    values.push({ rank: TORNADO_ROWS, input: `${rest.length} other inputs (swings summed)`, low: tornado.base - swing / 2, high: tornado.base + swing / 2, swing, lowLabel: '', highLabel: '' });
  }
  // Room either side for the end labels.
  const lows = values.map((v) => v.low);
  const highs = values.map((v) => v.high);
  const [lo, hi] = [Math.min(tornado.base, ...lows), Math.max(tornado.base, ...highs)];
  const pad = 0.18 * (hi - lo || Math.abs(hi) || 1);
  const y = { field: 'input', type: 'nominal' as const, sort: { field: 'rank', order: 'ascending' as const }, title: null, axis: { labelLimit: 240 } };
  return {
    ...chartFrame(`${metricTitle.replace(/ \(.*\)$/, '')} with one input at its P10 and at its P90`),
    width: 460,
    height: { step: 22 },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', color: '#4c78a8', height: { band: 0.7 } },
        encoding: {
          y,
          x: { field: 'low', type: 'quantitative', title: metricTitle, axis: { format }, scale: { domain: [lo - pad, hi + pad], nice: false } },
          x2: { field: 'high' },
        },
      },
      { mark: { type: 'text', align: 'right', dx: -4, fontSize: 10, color: '#3c4454' }, encoding: { y, x: { field: 'low', type: 'quantitative' }, text: { field: 'lowLabel' } } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 10, color: '#3c4454' }, encoding: { y, x: { field: 'high', type: 'quantitative' }, text: { field: 'highLabel' } } },
      {
        data: { values: [{ base: tornado.base }] },
        mark: { type: 'rule', color: '#e45756', strokeDash: [4, 3] },
        encoding: { x: { field: 'base', type: 'quantitative' } },
      },
    ],
  };
}
