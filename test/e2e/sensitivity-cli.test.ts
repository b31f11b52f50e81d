import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { useTmpDir } from '../helpers/tmp-dir.js';
import { SUPPORT_BOT_YAML } from '../fixtures/scenarios.js';

const tmp = useTmpDir();
const UNCERTAIN_INPUTS = 17;

describe('ftroi sensitivity', () => {
  it('prints Sobol indices as {method, metric, samples, evaluations, rows}, the same bytes on 1 and 2 workers', async () => {
    const outputs = [];
    for (const workers of ['1', '2']) {
      const { exitCode, stdout, stderr } = await cli('sensitivity', 'examples/support-bot.yaml', '--method', 'sobol', '-n', '1024', '--json', '--workers', workers);
      expect(stderr).toBe('');
      expect(exitCode).toBe(0);
      outputs.push(stdout);
    }
    expect(outputs[1]).toBe(outputs[0]);
    const result = JSON.parse(outputs[0] as string);
    expect(result).toMatchObject({ method: 'sobol', metric: 'monthly_savings', samples: 1024, evaluations: 1024 * (2 * UNCERTAIN_INPUTS + 2) });
    expect(result.rows).toHaveLength(UNCERTAIN_INPUTS);
    expect(result.rows[0]).toMatchObject({ input: 'quality.review_rate_ft', s1: { estimate: expect.any(Number), ci95: [expect.any(Number), expect.any(Number)] } });
    for (const row of result.rows) expect(row.st.ci95[0]).toBeLessThanOrEqual(row.st.ci95[1]);
  });

  it('prints every method asked for as tables', async () => {
    const { exitCode, stdout } = await cli('sensitivity', 'examples/support-bot.yaml', '--method', 'conditional,spearman,evppi,flip', '-n', '20000', '--confidence', '0.7');
    expect(exitCode).toBe(0);
    for (const heading of ['conditional: monthly_savings', 'spearman: monthly_savings', 'evppi: net_value', 'EVPI (knowing every input', 'flip: payback_months', 'crosses 70.0% at']) expect(stdout).toContain(heading);
  });

  it('refuses an unknown method with exit 2', async () => {
    const { exitCode, stderr } = await cli('sensitivity', 'examples/support-bot.yaml', '--method', 'sobol,morris');
    expect(exitCode).toBe(2);
    expect(stderr).toContain('unknown method "morris"');
  });
});

describe('ftroi run with sensitivity, sampling and precision', () => {
  it('adds the methods asked for to results.json, and a report run adds conditional, evppi and flip', async () => {
    const out = tmp.path('sens');
    const { exitCode } = await cli('run', 'examples/support-bot.yaml', '-n', '20000', '--no-report', '--sensitivity', 'sobol,spearman', '--sobol-samples', '256', '--out', out);
    expect(exitCode).toBe(0);
    const results = JSON.parse(readFileSync(`${out}/results.json`, 'utf8'));
    expect(Object.keys(results.sensitivity).sort()).toEqual(['sobol', 'spearman']);
    expect(results.sensitivity.sobol.samples).toBe(256);
    const report = tmp.path('report');
    expect((await cli('run', 'examples/support-bot.yaml', '-n', '20000', '--out', report)).exitCode).toBe(0);
    const withReport = JSON.parse(readFileSync(`${report}/results.json`, 'utf8'));
    expect(Object.keys(withReport.sensitivity).sort()).toEqual(['conditional', 'evppi', 'flip']);
    expect(withReport.outputs.monthly_savings.quantile_ci95.p50[0]).toBeLessThanOrEqual(withReport.outputs.monthly_savings.p50);
    expect(withReport.outputs.monthly_savings.quantile_ci95.p50[1]).toBeGreaterThanOrEqual(withReport.outputs.monthly_savings.p50);
  });

  it('imposes the scenario\'s correlations under lhs and reports target vs achieved', async () => {
    const scenario = tmp.write(
      'correlated.yaml',
      `${SUPPORT_BOT_YAML.replace('threshold_months: 12', 'threshold_months: 12\n  sampling: lhs')}\ncorrelations:\n  - [workload.requests_per_day, workload.input_tokens_per_request, 0.4]\n`,
    );
    const out = tmp.path('corr');
    expect((await cli('run', scenario, '-n', '50000', '--no-report', '--out', out)).exitCode).toBe(0);
    const results = JSON.parse(readFileSync(`${out}/results.json`, 'utf8'));
    expect(results.manifest.sampling).toBe('lhs with rank correlations (Iman-Conover, per chunk)');
    expect(results.correlations).toHaveLength(1);
    expect(results.correlations[0]).toMatchObject({ a: 'workload.requests_per_day', b: 'workload.input_tokens_per_request', target: 0.4 });
    expect(Math.abs(results.correlations[0].achieved.estimate - 0.4)).toBeLessThan(0.02);
  });

  it('runs the correlated example, each pair within 0.02 of its target', async () => {
    const out = tmp.path('example');
    expect((await cli('run', 'examples/support-bot-correlated.yaml', '-n', '50000', '--no-report', '--out', out)).exitCode).toBe(0);
    const results = JSON.parse(readFileSync(`${out}/results.json`, 'utf8'));
    expect(results.correlations).toHaveLength(3);
    for (const pair of results.correlations) expect(Math.abs(pair.achieved.estimate - pair.target)).toBeLessThan(0.02);
  });

  it('--precision stops at the first chunk where the headline is known to +- the half-width, the same on 1 and 2 workers', async () => {
    const scenario = tmp.write('precise.yaml', SUPPORT_BOT_YAML.replace('  samples: 100000', '  samples: 100000\n  chunk_size: 5000'));
    const runs = [];
    for (const workers of ['1', '2']) {
      const out = tmp.path(`precise${workers}`);
      expect((await cli('run', scenario, '--precision', '0.01', '--max-samples', '200000', '--no-report', '--workers', workers, '--out', out)).exitCode).toBe(0);
      runs.push(readFileSync(`${out}/results.json`, 'utf8'));
    }
    expect(runs[1]).toBe(runs[0]);
    const results = JSON.parse(runs[0] as string);
    const n = results.manifest.samples;
    expect(n).toBeLessThan(200_000);
    expect(n % 5000).toBe(0);
    const [lo, hi] = results.p_payback_within_threshold.ci95;
    expect((hi - lo) / 2).toBeLessThan(0.01);
    // One chunk fewer would not have been enough.
    const before = results.convergence.filter((p: { samples: number }) => p.samples <= n - 5000).at(-1);
    expect((before.ci95[1] - before.ci95[0]) / 2).toBeGreaterThanOrEqual(0.0095);
    expect(results.convergence.at(-1).samples).toBe(n);
  });
});
