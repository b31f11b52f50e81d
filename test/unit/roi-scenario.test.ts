import { describe, expect, it } from 'vitest';
import { importPriceMap, withImportedPrices } from '../../src/catalog/import-price-map.js';
import { BUILT_IN_CATALOG } from '../../src/catalog/price-catalog.js';
import { estimateTraining } from '../../src/catalog/estimate-training.js';
import { snapModelSize } from '../../src/catalog/training-benchmarks.js';
import { ScenarioError } from '../../src/errors.js';
import { quickScreen, verdictFor } from '../../src/results/quick-screen.js';
import { parseRoiScenario } from '../../src/scenario/parse-roi-scenario.js';
import { GOLDEN_YAML, goldenWith } from '../fixtures/scenarios.js';

/** The golden scenario with a section's lines replaced, parsed with the catalog. */
const parse = (text: string, catalog = BUILT_IN_CATALOG) => parseRoiScenario(text, 's.yaml', 's', catalog);
const problems = (text: string): string => {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  throw new Error('parsed without a problem');
};

describe('the training estimator (DOMAIN.md golden values)', () => {
  it('7B LoRA, 50K x 512 x 3 on an A10G on spot: 13.63 h, $4.91', () => {
    const run = estimateTraining({ model_size_b: 7, method: 'lora', instance: 'a10g', examples: 50_000, seq_len: 512, epochs: 3, spot: true });
    expect(run.hours.toFixed(2)).toBe('13.63');
    expect(run.cost.toFixed(2)).toBe('4.91');
    expect(run.gpus).toBe(1);
  });

  it('7B full, 100K x 512 x 2 on A100 80GB on demand: 18.17 h, 4 GPUs, $225.34', () => {
    const run = estimateTraining({ model_size_b: 7, method: 'full', instance: 'a100_80g', examples: 100_000, seq_len: 512, epochs: 2, spot: false });
    expect(run.hours.toFixed(2)).toBe('18.17');
    expect(run.gpus).toBe(4);
    expect(run.cost.toFixed(2)).toBe('225.34');
  });

  it("reads the table at the nearest measured size, a tie at the smaller", () => {
    expect([snapModelSize(3), snapModelSize(8), snapModelSize(10), snapModelSize(11), snapModelSize(34), snapModelSize(65)]).toEqual([7, 7, 7, 13, 13, 70]);
  });
});

describe('catalog names in a scenario', () => {
  const withApiModel = (model: string) => goldenWith({ '  input_price_per_1m: 5\n  output_price_per_1m: 15': `  model: ${model}` });

  it('fill the prices from the catalog and stamp its date', () => {
    const scenario = parse(withApiModel('gpt-4o-mini'));
    expect([scenario.inputs.input_price_per_1m, scenario.inputs.output_price_per_1m]).toEqual([0.15, 0.6]);
    expect(scenario.catalog).toEqual({ date: BUILT_IN_CATALOG.date, entries: ['api: gpt-4o-mini'] });
  });

  it('give way to a field the scenario writes itself', () => {
    const text = goldenWith({ '  input_price_per_1m: 5': '  model: gpt-4o-mini\n  input_price_per_1m: 5' }).replace('  output_price_per_1m: 15\n', '');
    const scenario = parse(text);
    expect([scenario.inputs.input_price_per_1m, scenario.inputs.output_price_per_1m]).toEqual([5, 0.6]);
  });

  it('say which name was meant when one is unknown', () => {
    expect(problems(withApiModel('gpt-4-o'))).toMatch(/api\.model.*unknown API model "gpt-4-o".*did you mean "gpt-4o"/s);
    expect(problems(goldenWith({ '  instance_cost_per_hour: 2.06': '  gpu: a10G' }))).toMatch(/serving\.gpu.*unknown GPU "a10G".*did you mean "a10g"/s);
  });

  it('read the prices a LiteLLM price map gives, per token, as $ per 1M', () => {
    const map = {
      sample_spec: { input_cost_per_token: 0, max_tokens: 'set to max_output_tokens' },
      'my-model': { input_cost_per_token: 2.5e-6, output_cost_per_token: 1e-5, litellm_provider: 'openai' },
      'text-embedding': { input_cost_per_token: 1e-7 },
    };
    const api = importPriceMap(map, 'prices.json');
    expect(api).toEqual({ 'my-model': { input_price_per_1m: 2.5, output_price_per_1m: 10, source: 'prices.json' } });
    const catalog = withImportedPrices(BUILT_IN_CATALOG, api, '2026-11-01');
    const scenario = parse(withApiModel('my-model'), catalog);
    expect([scenario.inputs.input_price_per_1m, scenario.inputs.output_price_per_1m, scenario.catalog?.date]).toEqual([2.5, 10, '2026-11-01']);
    expect(() => importPriceMap([], 'x')).toThrow(/JSON object/);
    expect(() => importPriceMap({ a: { input_cost_per_token: 1 } }, 'x')).toThrow(/no model/);
  });
});

describe('a capacity fleet in a scenario', () => {
  const capacity = (lines: string) => goldenWith({ '  instances: 2': `  fleet: capacity\n${lines}` });

  it('takes the throughput of a catalog GPU for the model size', () => {
    const scenario = parse(capacity('  gpu_utilization: {uniform: [0.2, 0.5]}').replace('  instance_cost_per_hour: 2.06', '  gpu: a10g'));
    expect(scenario.inputs).toMatchObject({ fleet: 1, instances: 0, instance_cost_per_hour: 1.03, throughput_tokens_per_s: 5_000 });
  });

  it('needs a throughput and a utilization, and a throughput above 0', () => {
    expect(problems(capacity(''))).toMatch(/serving\.throughput_tokens_per_s.*is required when fleet is capacity.*serving\.gpu_utilization.*is required/s);
    expect(problems(capacity('  gpu_utilization: 0.5\n  throughput_tokens_per_s: 0'))).toMatch(/must be above 0 when fleet is capacity/);
  });
});

describe('pilot counts', () => {
  it('become Beta(failures + 1, successes + 1): a uniform prior updated by the pilot', () => {
    const scenario = parse(goldenWith({ '  review_rate_ft: 0.05': '  review_rate_ft: {failures: 12, of: 400}' }));
    expect(scenario.inputs.review_rate_ft).toEqual({ beta: { alpha: 13, beta: 389 } });
  });

  it('are whole numbers with failures <= of', () => {
    expect(problems(goldenWith({ '  review_rate_ft: 0.05': '  review_rate_ft: {failures: 12, of: 10}' }))).toMatch(/quality\.review_rate_ft.*0 <= failures <= of/s);
  });
});

describe('the training estimator in a scenario', () => {
  it('fills the throughput and node price from the benchmark table', () => {
    const text = GOLDEN_YAML.replace(/  compute_cost_per_run: 12\n/, '  estimate: {method: lora, instance: a10g, examples: 50000, seq_len: 512, epochs: 3, spot: true}\n');
    const scenario = parse(text);
    expect(scenario.inputs).toMatchObject({ training_tokens_per_s: 1_800, training_node_cost_per_hour: 1.03, training_examples: 50_000, compute_cost_per_run: 0 });
    expect(scenario.catalog?.entries).toContain('training benchmark: 7B lora on a10g');
  });

  it('refuses a run cost given twice', () => {
    const text = GOLDEN_YAML.replace(/  compute_cost_per_run: 12\n/, '  compute_cost_per_run: 12\n  estimate: {method: lora, instance: a10g, examples: 1, seq_len: 1, epochs: 1}\n');
    expect(problems(text)).toMatch(/either compute_cost_per_run or training\.estimate/);
  });
});

describe('the quick screen of non-financial factors (DOMAIN.md)', () => {
  it('scores each factor and gives the verdict of the sum', () => {
    const screen = quickScreen({ task_consistency: 'high', latency_sla_ms: 300, quality_requirement: 'high', team_ml_expertise: 'none', fast_iteration: true, data_privacy: 'required' }, 8_250);
    // +3 (API above $5,000) +2 (consistent) +2 (under 500 ms) -1 (high quality) -2 (no ML team) -2 (fast iteration).
    expect(screen.lines.map((line) => line.points)).toEqual([3, 2, 2, -1, -2, -2, null]);
    expect(screen.score).toBe(2);
    expect(screen.verdict).toBe('lean fine-tune');
    expect(quickScreen({}, 500).score).toBe(-2);
    expect(quickScreen({}, 2_000).score).toBe(1);
  });

  it.each([
    [3, 'strong fine-tune'],
    [1, 'lean fine-tune'],
    [-1, 'neutral: build the ROI model'],
    [-3, 'lean API'],
    [-4, 'strong API'],
  ])('score %i: %s', (score, verdict) => expect(verdictFor(score)).toBe(verdict));
});
