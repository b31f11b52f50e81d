import { ROI_OUTPUT_FIELDS } from '../../src/model/roi-fields.js';
import { DEFAULT_CHUNK_SIZE } from '../../src/defaults.js';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FTROI_VERSION } from '../../src/version.js';
import { cli } from '../helpers/run-cli.js';
import { useTmpDir } from '../helpers/tmp-dir.js';
import { SUPPORT_BOT_YAML, goldenWith } from '../fixtures/scenarios.js';

const tmp = useTmpDir();

describe('ftroi estimate', () => {
  it('reproduces the golden case of DOMAIN.md to the cent, as JSON', async () => {
    const { stdout, exitCode } = await cli('estimate', 'examples/golden.yaml', '--json');
    expect(exitCode).toBe(0);
    const out = JSON.parse(stdout) as Record<string, number | null>;
    expect(Object.keys(out)).toEqual(ROI_OUTPUT_FIELDS.map((field) => field.name));
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['npv', 'roi', 'cash_flow_payback_months']));
    const cents = (x: number | null | undefined) => Math.round((x as number) * 100) / 100;
    expect(cents(out.monthly_ft_total)).toBe(228_805.39);
    expect(cents(out.monthly_savings)).toBe(-220_555.39);
    expect(cents(out.monthly_amortized_project_cost)).toBe(838.67);
    // The decision's net value over the 18-month lifetime: the monthly savings (after amortization) 18 times.
    expect(cents(out.net_value)).toBe(cents((out.monthly_savings as number) * 18));
    expect(out.payback_months).toBeNull();
    expect(Math.round(out.break_even_tokens_per_day as number)).toBe(12_586_093);
  });

  it('prints the breakdown as a table, using medians for distributions', async () => {
    const { stdout } = await cli('estimate', 'examples/golden.yaml');
    expect(stdout).toMatch(/Monthly quality cost delta\s+\$225,000\.00/);
    expect(stdout).toMatch(/Payback \(months\)\s+never/);
    const bot = await cli('estimate', 'examples/support-bot.yaml');
    expect(bot.exitCode).toBe(0);
    expect(bot.stdout).toMatch(/Monthly serving cost\s+\$2,\d{3}\.\d\d/);
  });
});

describe('ftroi run', () => {
  it('writes results.json and report.html and prints the headline', async () => {
    const out = tmp.path('golden');
    const { stdout, stderr, exitCode } = await cli('run', 'examples/golden.yaml', '--out', out, '--workers', '2');
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/P\(payback <= 12 months\)\s+0\.0%/);
    expect(stdout).toContain(`Wrote ${out}/results.json`);
    const results = JSON.parse(readFileSync(`${out}/results.json`, 'utf8'));
    expect(results.schema_version).toBe(5);
    // A scenario without a time: section keeps the reference payback as its headline.
    expect(results.manifest).toMatchObject({ payback_definition: 'reference', hours_per_month: 720 });
    // The report's designed runs: a tornado of the (fixed) inputs is empty; the bands are there.
    expect(results.tornado).toMatchObject({ metric: 'monthly_savings', rows: [] });
    expect(results.probability_tornado).toMatchObject({ threshold_months: 12, rows: [] });
    expect(results.break_even_bands.volumes).toHaveLength(41);
    expect(results.outputs.payback_months).toMatchObject({ label: 'Payback', unit: 'months', format: 'months' });
    expect(results.manifest).toMatchObject({ ftroi_version: FTROI_VERSION, seed: 'ftroi', samples: 1000, chunk_size: DEFAULT_CHUNK_SIZE });
    expect(results.manifest.scenario_sha256).toMatch(/^[0-9a-f]{64}$/);
    // Every input is fixed: every sample is the golden case, so quantiles are exact.
    expect(results.outputs.monthly_savings.p5).toBeCloseTo(-220_555.39, 2);
    expect(results.outputs.monthly_savings.p95).toBeCloseTo(-220_555.39, 2);
    expect(results.outputs.monthly_savings.sd).toBe(0);
    expect(results.outputs.payback_months).toMatchObject({ p50: null, mean: null, p_infinite: 1 });
    expect(results.payback_curve).toHaveLength(37);
    expect(readFileSync(`${out}/report.html`, 'utf8')).toContain('<svg');
  });

  it('stretches the payback curve to a threshold past 36 months, in a chart of the usual width', async () => {
    const out = tmp.path('long-threshold');
    expect((await cli('run', 'examples/support-bot.yaml', '-n', '5000', '--threshold', '100', '--out', out)).exitCode).toBe(0);
    const results = JSON.parse(readFileSync(`${out}/results.json`, 'utf8'));
    expect(results.payback_curve).toHaveLength(101);
    expect(results.payback_curve[100].probability).toBe(results.p_payback_within_threshold.estimate);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(readFileSync(`${out}/report.html`, 'utf8'))?.[1]);
    expect(width).toBeLessThan(700);
  });

  it('writes results.json alone with --no-report', async () => {
    const out = tmp.path('no-report');
    const { exitCode, stdout } = await cli('run', 'examples/support-bot.yaml', '-n', '5000', '--out', out, '--no-report');
    expect(exitCode).toBe(0);
    expect(readdirSync(out)).toEqual(['results.json']);
    const results = JSON.parse(readFileSync(`${out}/results.json`, 'utf8'));
    expect([results.tornado, results.probability_tornado, results.break_even_bands]).toEqual([null, null, null]);
    expect(stdout).not.toContain('report.html');
  });

  it('takes samples, seed and threshold from the command line and records them', async () => {
    const out = tmp.path('bot');
    const { stdout, exitCode } = await cli('run', 'examples/support-bot.yaml', '-n', '2e4', '--seed', 'abc', '--threshold', '6', '--out', out, '--json');
    expect(exitCode).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toEqual(JSON.parse(readFileSync(`${out}/results.json`, 'utf8')));
    expect(printed.manifest).toMatchObject({ samples: 20_000, seed: 'abc', threshold_months: 6 });
    expect(printed.p_payback_within_threshold.threshold_months).toBe(6);
    const curve: { month: number; probability: number }[] = printed.payback_curve;
    expect(curve.every((point, i) => i === 0 || point.probability >= (curve[i - 1]?.probability ?? 0))).toBe(true);
    expect(printed.p_payback_within_threshold.estimate).toBe(curve[6]?.probability);
  });

  it('writes byte-identical results.json on 1, 2 and 4 workers', async () => {
    const scenario = tmp.write('crn.yaml', SUPPORT_BOT_YAML.replace('  samples: 100000', '  samples: 90000\n  chunk_size: 10000'));
    const bytes = [];
    for (const workers of ['1', '2', '4']) {
      const out = tmp.path(`w${workers}`);
      const { exitCode, stdout } = await cli('run', scenario, '--workers', workers, '--out', out);
      expect(exitCode).toBe(0);
      expect(stdout).toContain(`${workers} worker`);
      bytes.push(readFileSync(`${out}/results.json`));
    }
    expect(bytes[1]?.equals(bytes[0] as Buffer)).toBe(true);
    expect(bytes[2]?.equals(bytes[0] as Buffer)).toBe(true);
  });
});

describe('bad input', () => {
  it('lists every scenario problem with file:line:column, exits 2 and writes nothing', async () => {
    const file = tmp.write('bad.yaml', goldenWith({
      'input_tokens_per_request: 500': 'input_tokens_per_request: {triangular: [500, 300, 800]}',
      'lifetime_months: 18': 'lifetime_month: 18',
    }));
    const out = tmp.path('never');
    const { stdout, stderr, exitCode } = await cli('run', file, '--out', out);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${file}: 2 problems:`);
    expect(stderr).toContain(`${file}:10:29: workload.input_tokens_per_request: triangular needs min <= mode <= max (got [500, 300, 800])`);
    expect(stderr).toContain('lifetime_month: unknown key (did you mean "lifetime_months"?)');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['run', 'no-such.yaml'], /ftroi: cannot read scenario file no-such\.yaml: no such file/],
    [['run', 'examples'], /cannot read scenario file examples: it is a directory/],
    [['run', 'examples/golden.yaml', '-n', 'abc'], /option '-n, --samples <count>' argument 'abc' is invalid\. samples must be a whole number from 1 to 1e\+9/],
    [['run', 'examples/golden.yaml', '--workers', '0'], /workers must be a whole number from 1 to 256/],
    [['run', 'examples/golden.yaml', '--threshold', '-1'], /threshold must be a number of months above 0/],
    [['run', 'examples/golden.yaml', '--bogus'], /unknown option '--bogus'/],
    [['runn', 'examples/golden.yaml'], /unknown command 'runn'/],
    [['estimate'], /missing required argument 'scenario'/],
  ])('%j exits 2 with one clear message', async (args, message) => {
    const out = tmp.path('never');
    const { stderr, exitCode } = await cli(...args, ...(args[0] === 'run' ? ['--out', out] : []));
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an output folder that is a file, before simulating', async () => {
    const file = tmp.write('taken', 'x');
    const { stderr, exitCode } = await cli('run', 'examples/golden.yaml', '--out', file);
    expect(exitCode).toBe(2);
    expect(stderr).toBe(`ftroi: cannot write to ${file}: ${file} is a file, not a folder\n`);
  });

  it.each([
    ['an empty --out', () => '', /--out must name a folder \(got ""\)/],
    ['a folder below a file', () => `${tmp.write('plain', 'x')}/below`, /a part of the path is a file|is a file, not a folder/],
    ['a folder that cannot be created (/proc)', () => '/proc/ftroi-x', /cannot write to \/proc\/ftroi-x: /],
  ])('refuses %s before simulating, exit 2, nothing written', async (_what, out, message) => {
    const { stderr, exitCode } = await cli('run', 'examples/golden.yaml', '--out', out());
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('names the default output folder safely for a file called ...yaml', async () => {
    const scenario = tmp.write('...yaml', readFileSync('examples/golden.yaml', 'utf8'));
    const { exitCode } = await cli('run', scenario, '--no-report');
    expect(exitCode).toBe(0);
    expect(existsSync('ftroi-out/scenario/results.json')).toBe(true);
    rmSync('ftroi-out/scenario', { recursive: true, force: true });
  });

  it('leaves no file behind when writing fails midway', async () => {
    const out = tmp.path('partial');
    // results.json cannot be created where a folder of that name already stands.
    mkdirSync(`${out}/report.html`, { recursive: true });
    const { stderr, exitCode } = await cli('run', 'examples/golden.yaml', '--out', out);
    expect(exitCode).toBe(1);
    expect(stderr).toMatch(/^ftroi: failed: /);
    expect(readdirSync(out)).toEqual(['report.html']);
  });

  it('answers --version and --help with exit 0', async () => {
    expect(await cli('--version')).toMatchObject({ exitCode: 0, stdout: `${FTROI_VERSION}\n` });
    const help = await cli('run', '--help');
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('--workers <count>');
  });
});

describe('outputs of few distinct values', () => {
  const tmp2 = useTmpDir();
  it('are reported exactly: a discrete volume gives the model\'s own values as quantiles', async () => {
    const scenario = tmp2.write('discrete.yaml', goldenWith({ '  requests_per_day: 50000': '  requests_per_day: {discrete: {values: [1000, 5000, 20000]}}' }));
    const out = tmp2.path('discrete-out');
    expect((await cli('run', scenario, '-n', '9000', '--out', out, '--no-report')).exitCode).toBe(0);
    const api = JSON.parse(readFileSync(`${out}/results.json`, 'utf8')).outputs.monthly_api_cost;
    // API cost = requests x (500 x 5 + 200 x 15) x 30 / 1e6 = requests x 0.165.
    expect([api.p5, api.p50, api.p95]).toEqual([1000 * 0.165, 5000 * 0.165, 20000 * 0.165].map((x) => expect.closeTo(x, 9)));
  });
});

describe('--samples-csv', () => {
  const tmp3 = useTmpDir();
  it('writes every sample the results summarize, inputs then outputs', async () => {
    const out = tmp3.path('csv-out');
    const csv = tmp3.path('samples.csv');
    expect((await cli('run', 'examples/support-bot.yaml', '-n', '5000', '--out', out, '--no-report', '--samples-csv', csv)).exitCode).toBe(0);
    const [header, ...rows] = readFileSync(csv, 'utf8').trimEnd().split('\n');
    const names = header?.split(',') ?? [];
    expect(names.slice(0, 2)).toEqual(['requests_per_day', 'input_tokens_per_request']);
    expect(names).toContain('payback_months');
    expect(rows).toHaveLength(5000);
    const k = names.indexOf('monthly_savings');
    const mean = rows.reduce((s, row) => s + Number(row.split(',')[k]), 0) / rows.length;
    const results = JSON.parse(readFileSync(`${out}/results.json`, 'utf8'));
    expect(mean).toBeCloseTo(results.outputs.monthly_savings.mean, 6);
    const never = rows.filter((row) => row.split(',')[names.indexOf('payback_months')] === 'inf').length / rows.length;
    expect(never).toBe(results.outputs.payback_months.p_infinite);
  });

  it('refuses more than a million rows without --force, saying the size, before simulating', async () => {
    const { exitCode, stderr } = await cli('run', 'examples/support-bot.yaml', '-n', '2e6', '--out', tmp3.path('big'), '--samples-csv', tmp3.path('big.csv'));
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/--samples-csv would write 2,000,000 rows \(about [\d.]+ GB\); pass --force/);
    expect(existsSync(tmp3.path('big'))).toBe(false);
  });
});

describe('--metric payback_months', () => {
  const tmp4 = useTmpDir();
  it('puts the payback in the value tornado, never-paying pins as null, and says so in the report', async () => {
    const out = tmp4.path('metric');
    expect((await cli('run', 'examples/support-bot.yaml', '-n', '5000', '--metric', 'payback_months', '--out', out)).exitCode).toBe(0);
    const results = JSON.parse(readFileSync(`${out}/results.json`, 'utf8'));
    expect(results.tornado.metric).toBe('payback_months');
    expect(results.tornado.rows.length).toBeGreaterThan(5);
    expect(readFileSync(`${out}/report.html`, 'utf8')).toContain('Payback with one input at its P10');
  });

  it('refuses another output', async () => {
    expect((await cli('run', 'examples/support-bot.yaml', '--metric', 'total_project_cost')).exitCode).toBe(2);
  });
});
