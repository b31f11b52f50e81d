import { describe, expect, it } from 'vitest';
import { breakEvenBandsSpec } from '../../reports/break-even-bands-spec.js';
import { costBreakdownSpec } from '../../reports/cost-breakdown-spec.js';
import { probabilityTornadoSpec } from '../../reports/probability-tornado-spec.js';
import { renderSvg } from '../../reports/render-svg.js';
import { tornadoSpec } from '../../reports/tornado-spec.js';

// Fixed, hand-written data: the SVG depends only on it and the pinned vega versions, so a
// change in a chart's drawing shows up as a diff of these files.
const tornado = {
  metric: 'monthly_savings',
  base: 2_000,
  rows: [
    { input: 'a', label: 'Requests per day', unit: 'requests/day', p10: 10_000, p90: 50_000, at_p10: -3_000, at_p90: 9_000, swing: 12_000 },
    { input: 'b', label: 'API input price', unit: '$/1M tokens', p10: 2, p90: 5, at_p10: 500, at_p90: 4_000, swing: 3_500 },
  ],
};
const pins = {
  threshold_months: 12,
  samples: 1_000,
  base: { estimate: 0.6, ci95: [0.57, 0.63] as [number, number] },
  rows: [{ input: 'a', label: 'Requests per day', p10: 10_000, p90: 50_000, at_p10: { estimate: 0.3, ci95: [0.27, 0.33] as [number, number] }, at_p90: { estimate: 0.9, ci95: [0.88, 0.92] as [number, number] } }],
};
const factors = [0.01, 0.1, 1, 10, 100];
const bands = {
  metric: 'monthly_savings' as const,
  samples: 1_000,
  volumes: factors.map((f) => f * 1e7),
  p5: factors.map((f) => -3_000 + 1_000 * f),
  p25: factors.map((f) => -2_500 + 1_500 * f),
  p50: factors.map((f) => -2_000 + 2_000 * f),
  p75: factors.map((f) => -1_500 + 2_500 * f),
  p95: factors.map((f) => -1_000 + 3_000 * f),
  current_volume: 1e7,
};
const line = (output: string, label: string, p50: number) => ({ output, label, p10: p50 * 0.8, p50, p90: p50 * 1.3 });
const costs = { samples: 1_000, one_time: [line('compute_cost', 'Training compute cost', 100), line('engineering_cost', 'Engineering cost', 15_000)], monthly: [line('monthly_api_cost', 'Monthly API cost', 8_000)], training: [] };

describe('chart snapshots', () => {
  it.each([
    ['tornado', () => tornadoSpec(tornado, 'Monthly savings ($/month)')],
    ['probability-tornado', () => probabilityTornadoSpec(pins)],
    ['break-even-bands', () => breakEvenBandsSpec(bands)],
    ['cost-breakdown', () => costBreakdownSpec(costs)],
  ])('%s renders as before', async (name, spec) => {
    const { svg, warnings } = await renderSvg(spec());
    expect(warnings).toEqual([]);
    await expect(svg).toMatchFileSnapshot(`../snapshots/${name}.svg`);
  });
});
