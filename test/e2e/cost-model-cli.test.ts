import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROI_OUTPUT_FIELDS } from '../../src/model/roi-fields.js';
import { cli } from '../helpers/run-cli.js';
import { useTmpDir } from '../helpers/tmp-dir.js';

const tmp = useTmpDir();
const EXAMPLES = readdirSync('examples').filter((name) => /\.ya?ml$/.test(name));

describe('every example', () => {
  it('is there: the golden case and the four worked cases of DOMAIN.md', () => {
    expect(EXAMPLES).toEqual(expect.arrayContaining(['golden.yaml', 'document-classification.yaml', 'customer-support.yaml', 'code-generation.yaml', 'startup.yaml']));
  });

  it.each(EXAMPLES)('%s: estimates at point values and runs', async (name) => {
    const path = `examples/${name}`;
    const estimate = await cli('estimate', path, '--json');
    expect(estimate.stderr).toBe('');
    expect(estimate.exitCode).toBe(0);
    expect(Object.keys(JSON.parse(estimate.stdout))).toEqual(expect.arrayContaining(['npv', 'roi', 'cash_flow_payback_months']));

    const out = tmp.path(name);
    const run = await cli('run', path, '-n', '2000', '--no-report', '--out', out, '--workers', '1');
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const results = JSON.parse(readFileSync(`${out}/results.json`, 'utf8'));
    const text = readFileSync(path, 'utf8');
    expect(results.schema_version).toBe(5);
    expect(results.manifest.samples).toBe(2_000);
    // Options, factors and catalog names are carried to the results when the scenario has them.
    expect(results.options === null).toBe(!/^options:/m.test(text));
    expect(results.factors === null).toBe(!/^factors:/m.test(text));
    expect(results.manifest.payback_definition).toBe(/^time:/m.test(text) ? 'cash_flow' : 'reference');
  });
});

describe('ftroi estimate-training', () => {
  const golden7bLora = ['estimate-training', '--model-size', '7', '--method', 'lora', '--instance', 'a10g', '--examples', '50000', '--seq-len', '512', '--epochs', '3', '--spot'];

  it('prints DOMAIN.md\'s first golden estimate: 13.63 h, $4.91', async () => {
    const { stdout, exitCode } = await cli(...golden7bLora);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/Hours\s+13\.63/);
    expect(stdout).toMatch(/Cost of the run\s+\$4\.91/);
  });

  it('gives hours, gpus, cost_per_hour and cost as JSON: the second golden, 18.17 h, 4 GPUs, $225.34', async () => {
    const { stdout, exitCode } = await cli('estimate-training', '--model-size', '7', '--method', 'full', '--instance', 'a100_80g', '--examples', '100000', '--seq-len', '512', '--epochs', '2', '--json');
    expect(exitCode).toBe(0);
    const run = JSON.parse(stdout);
    expect(Object.keys(run)).toEqual(expect.arrayContaining(['hours', 'gpus', 'cost_per_hour', 'cost']));
    expect([run.hours.toFixed(2), run.gpus, run.cost.toFixed(2)]).toEqual(['18.17', 4, '225.34']);
  });

  it.each([
    [['--method', 'lora2'], /--method.*lora2.*Allowed choices are lora, qlora, full/s],
    [['--examples', '-5'], /examples must be a number above 0/],
  ])('refuses %j with exit 2', async (change, message) => {
    const args = [...golden7bLora];
    args.splice(args.indexOf(change[0] as string), 2, ...change);
    const { stderr, exitCode } = await cli(...args);
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('ftroi catalog', () => {
  const priceMap = () =>
    tmp.write(
      'prices.json',
      JSON.stringify({ sample_spec: { max_tokens: 'n' }, 'acme-large': { input_cost_per_token: 3e-6, output_cost_per_token: 1.2e-5, litellm_provider: 'acme' } }),
    );

  it('lists the dated catalog: API models and GPU instances with their sources', async () => {
    const { stdout, exitCode } = await cli('catalog');
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/Price catalog of 2024-10-01/);
    expect(stdout).toMatch(/gpt-4o\s+\$5\s+\$15/);
    expect(stdout).toMatch(/a10g\s+\$1\.03\/h\s+65%/);
    const json = JSON.parse((await cli('catalog', '--json')).stdout);
    expect(json.gpus.a10g).toMatchObject({ cost_per_hour: 1.03, throughput_by_model_size: { 7: 5_000 } });
  });

  it('imports a LiteLLM price map, per token, as $ per 1M', async () => {
    const { stdout, exitCode } = await cli('catalog', '--import', priceMap(), '--json');
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout).api['acme-large']).toMatchObject({ input_price_per_1m: 3, output_price_per_1m: 12 });
  });

  it('lets a scenario name an imported model (--catalog)', async () => {
    const scenario = tmp.write('acme.yaml', readFileSync('examples/golden.yaml', 'utf8').replace('  input_price_per_1m: 5\n  output_price_per_1m: 15', '  model: acme-large'));
    const { stdout, exitCode } = await cli('estimate', scenario, '--catalog', priceMap(), '--json');
    expect(exitCode).toBe(0);
    // 50,000 x 30 x (500 x $3 + 200 x $12) / 1M.
    expect(JSON.parse(stdout).monthly_api_cost).toBeCloseTo(1_500_000 * (500 * 3 + 200 * 12) / 1e6, 6);
  });

  it('refuses an unknown name with a did-you-mean, exit 2, nothing written', async () => {
    const scenario = tmp.write('typo.yaml', readFileSync('examples/golden.yaml', 'utf8').replace('  input_price_per_1m: 5\n  output_price_per_1m: 15', '  model: gpt4o'));
    const out = tmp.path('typo-out');
    const { stderr, exitCode } = await cli('run', scenario, '--out', out);
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/typo\.yaml:\d+:\d+: api\.model: unknown API model "gpt4o".*did you mean "gpt-4o"/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file that is not a price map, exit 2', async () => {
    const { stderr, exitCode } = await cli('catalog', '--import', tmp.write('bad.json', '[1, 2]'));
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/bad\.json.*JSON object/);
  });
});

describe('a v1 scenario', () => {
  it('keeps its answers: the same draws and numbers as before the complete cost model', async () => {
    // Recorded with ftroi at c8ee857 (results v4), `run examples/support-bot.yaml -n 20000`.
    const out = tmp.path('v1');
    const { exitCode } = await cli('run', 'examples/support-bot.yaml', '-n', '20000', '--no-report', '--out', out, '--workers', '1');
    expect(exitCode).toBe(0);
    const results = JSON.parse(readFileSync(`${out}/results.json`, 'utf8'));
    expect(results.p_payback_within_threshold.estimate).toBe(0.63535);
    expect(results.outputs.monthly_savings).toMatchObject({ p50: 2390, mean: 2543.82511873444 });
    expect(results.outputs.payback_months.p50).toBe(4.76953125);
    expect(results.manifest.payback_definition).toBe('reference');
  });
});

describe('options and cash flows in results', () => {
  it('are byte-identical on 1 and 2 workers', async () => {
    const runs = await Promise.all(
      ['1', '2'].map(async (workers) => {
        const out = tmp.path(`w${workers}`);
        const { exitCode } = await cli('run', 'examples/customer-support.yaml', '-n', '30000', '--no-report', '--out', out, '--workers', workers);
        expect(exitCode).toBe(0);
        return readFileSync(`${out}/results.json`, 'utf8');
      }),
    );
    expect(runs[1]).toBe(runs[0]);
    const results = JSON.parse(runs[0] as string);
    expect(results.options.alternatives.map((a: { name: string }) => a.name)).toEqual(['Stay on the API', '7B LoRA on 4x A10G', '7B LoRA, fleet sized to traffic', 'Managed fine-tuning']);
    expect(results.outputs.npv).toMatchObject({ label: expect.any(String), format: 'usd' });
    expect(Object.keys(results.outputs)).toEqual(expect.arrayContaining(['npv', 'roi', 'cash_flow_payback_months']));
  });

  it('measures the value of information in the NPV when there are cash flows, in the net value without', async () => {
    const withTime = JSON.parse((await cli('sensitivity', 'examples/startup.yaml', '--method', 'evppi', '-n', '5000', '--json')).stdout);
    const without = JSON.parse((await cli('sensitivity', 'examples/support-bot.yaml', '--method', 'evppi', '-n', '5000', '--json')).stdout);
    expect([withTime.metric, without.metric]).toEqual(['npv', 'net_value']);
  });

  it('estimate --json has a key for every output', async () => {
    const { stdout } = await cli('estimate', 'examples/startup.yaml', '--json');
    expect(Object.keys(JSON.parse(stdout)).sort()).toEqual(ROI_OUTPUT_FIELDS.map((f) => f.name).sort());
  });
});
