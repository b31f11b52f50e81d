import { DEFAULT_CHUNK_SIZE } from '../../src/defaults.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ScenarioError } from '../../src/errors.js';
import { ROI_INPUT_FIELDS } from '../../src/model/roi-fields.js';
import { parseRoiScenario } from '../../src/scenario/parse-roi-scenario.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { BENCH_YAML, GOLDEN_YAML, SUPPORT_BOT_YAML, goldenWith } from '../fixtures/scenarios.js';

const parse = (text: string) => parseScenario(text, 's.yaml', ROI_INPUT_FIELDS, 'fallback');

/** The problem lines of a scenario that must fail. */
function problems(text: string): string[] {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).message.split('\n').slice(1).map((line) => line.trim());
  }
  throw new Error('expected the scenario to be rejected');
}

describe('parseScenario on valid files', () => {
  it('reads the golden case with its defaults filled', () => {
    const s = parse(GOLDEN_YAML);
    expect(s.name).toBe('Golden case (DOMAIN.md)');
    expect(s.simulation).toEqual({ samples: 1000, seed: 'ftroi', threshold_months: 12, chunk_size: DEFAULT_CHUNK_SIZE, sampling: 'mc' });
    expect(s.correlations).toEqual([]);
    expect(s.inputs.requests_per_day).toBe(50_000);
    expect(s.inputs.spot_fraction).toBe(0);
    expect(s.inputs.storage_cost_per_gb_month).toBe(0.023);
    expect(Object.keys(s.inputs).sort()).toEqual(ROI_INPUT_FIELDS.map((f) => f.name).sort());
    expect(s.defaultedSections).toEqual([]);
  });

  it('keeps distributions as written and turns integer seeds into text', () => {
    const s = parse(BENCH_YAML);
    expect(s.inputs.requests_per_day).toEqual({ lognormal: { p5: 30_000, p95: 80_000 } });
    expect(s.inputs.hourly_rate).toEqual({ normal: { mean: 150, sd: 20, min: 80 } });
    expect(s.simulation.seed).toBe('42');
    expect(parse(SUPPORT_BOT_YAML).inputs.review_rate_ft).toEqual({ pert: [0.015, 0.021, 0.035] });
  });

  it('reads JSON with the same schema, and locates its problems too', () => {
    const json = JSON.stringify(parseYaml(GOLDEN_YAML), null, 2);
    expect(parse(json)).toEqual(parse(GOLDEN_YAML));
    const bad = json.replace('"instances": 2', '"instances": {"uniform": [3, 1]}');
    expect(problems(bad)).toEqual([expect.stringMatching(/^s\.yaml:\d+:18: serving\.instances: uniform needs lo < hi \(got \[3, 1\]\)$/)]);
  });

  it('leaves out an optional section with a note, and uses the file name when there is no name', () => {
    const text = GOLDEN_YAML.replace(/^name:.*\n/m, '').replace(/quality:\n(  .*\n)+/, '');
    const s = parse(text);
    expect(s.name).toBe('fallback');
    expect(s.inputs.review_rate_ft).toBe(0);
    expect(s.defaultedSections).toEqual(['quality']);
  });
});

describe('parseScenario makes no code from strings', () => {
  /** The sources of every function made with `new Function` (or a call of it) while `run` runs. */
  function functionsMadeDuring(run: () => void): string[] {
    const made: string[] = [];
    const real = globalThis.Function;
    const count = (args: readonly unknown[]) => made.push(String(args.at(-1)).slice(0, 60));
    globalThis.Function = new Proxy(real, {
      construct: (target, args) => (count(args), Reflect.construct(target, args) as object),
      apply: (target, self, args) => (count(args), Reflect.apply(target, self, args) as unknown),
    });
    try {
      run();
    } finally {
      globalThis.Function = real;
    }
    return made;
  }

  it('validates valid and bad files without zod compiling a parser (its JIT off on every parse)', () => {
    // Bad at every zod schema: a distribution's parameters, the structure, the factors.
    const bad = `${BENCH_YAML.replace('{uniform: [4, 6]}', '{uniform: {lo: 4}}').replace('samples: 1000000', 'samples: many')}\nfactors: {quality: maybe}\n`;
    let found: string[] = [];
    const made = functionsMadeDuring(() => {
      parse(BENCH_YAML);
      parseRoiScenario(SUPPORT_BOT_YAML, 'support-bot.yaml', 'support-bot');
      found = problems(bad);
    });
    expect(found.map((line) => line.split(': ')[1])).toEqual(expect.arrayContaining(['simulation.samples', 'api.input_price_per_1m.uniform', 'factors.quality']));
    expect(made).toEqual([]);
  });
});

describe('parseScenario on bad files', () => {
  it('lists the first 50 of 40,000 problems and counts the rest, keeping them all', () => {
    const junk = Array.from({ length: 40_000 }, (_, i) => `junk_${i}: ${i}`).join('\n');
    let error: unknown;
    try {
      parseScenario(`${GOLDEN_YAML}\n${junk}\n`, 's.yaml', ROI_INPUT_FIELDS, 's');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const { issues, message } = error as ScenarioError;
    expect(issues).toHaveLength(40_000);
    expect(message.split('\n')).toHaveLength(1 + 50 + 1);
    expect(message).toMatch(/s\.yaml: 40,000 problems:\n/);
    expect(message).toMatch(/\n {2}\.\.\. and 39,950 more$/);
  });

  it('finds a repeated key in a nested mapping, where the repeat stands', () => {
    expect(problems(goldenWith({ '  requests_per_day: 50000': '  requests_per_day: 50000\n  requests_per_day: 60000' }))).toEqual([
      expect.stringMatching(/^s\.yaml:10:3: .*Map keys must be unique \("requests_per_day" appears again\)$/),
    ]);
  });

  it('refuses a YAML alias bomb as bad input, located at its first alias', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [k, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
      const previous = String.fromCharCode('a'.charCodeAt(0) + k);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    expect(problems(levels.join('\n'))).toEqual([
      expect.stringMatching(/^s\.yaml:2:8: \(top level\): cannot be read: Excessive alias count .* \(aliases expand too far\)$/),
    ]);
  });

  it('names file:line:column, field path, rule and value for a bad distribution', () => {
    expect(problems(goldenWith({ 'input_tokens_per_request: 500': 'input_tokens_per_request: {triangular: [500, 300, 800]}' }))).toEqual([
      's.yaml:10:29: workload.input_tokens_per_request: triangular needs min <= mode <= max (got [500, 300, 800])',
    ]);
  });

  it('lists every problem at once, in file order', () => {
    const lines = problems(
      goldenWith({
        '  samples: 1000': '  samples: -5\n  sed: 3',
        '  output_tokens_per_request: 200': '  output_tokens_per_request: {triangle: [100, 200, 400]}',
        '  output_price_per_1m: 15\n': '',
        '  instance_cost_per_hour: 2.06': '  instance_cost_per_hour: "abc"\n  spot_fraction: 1.5',
        '  review_rate_api: 0.02': '  review_rate_api: {normal: {mean: 0.02, sigma: 0.01}}',
        '  hourly_rate: 150': '  hourly_rate: {normal: {mean: 150, sd: 20}}',
        '    experiments: 20': '    experiment: 20',
        'lifetime_months: 18': 'lifetime_month: 18',
      }),
    );
    expect(lines).toEqual([
      's.yaml:7:12: simulation.samples: must be >= 1 (got -5)',
      's.yaml:8:3: simulation.sed: unknown key (did you mean "seed"?)',
      expect.stringMatching(/^s\.yaml:12:30: workload\.output_tokens_per_request: unknown distribution "triangle" \(did you mean "triangular"\?\)/),
      's.yaml:13:1: api.output_price_per_1m: is required',
      's.yaml:16:27: serving.instance_cost_per_hour: must be a number or a distribution such as {uniform: [lo, hi]} (got "abc")',
      's.yaml:17:18: serving.spot_fraction: must be between 0 and 1 (got 1.5)',
      expect.stringMatching(/^s\.yaml:21:49: quality\.review_rate_api\.normal\.sigma: normal has no parameter "sigma"/),
      's.yaml:28:16: engineering.hourly_rate: normal can draw values below 0, but the value must be between 0 and 100000 (truncate it with min: 0)',
      's.yaml:31:5: engineering.hours.experiment: unknown key (did you mean "experiments"?)',
      's.yaml:34:1: lifetime_month: unknown key (did you mean "lifetime_months"?)',
    ]);
  });

  it.each([
    ['a parameter list of the wrong length', { '  instances: 2': '  instances: {uniform: [1, 2, 3]}' }, /serving\.instances\.uniform: uniform needs \[lo, hi\] \(got \[1, 2, 3\]\)/],
    ['a distribution with two names', { '  instances: 2': '  instances: {uniform: [1, 2], integer: [1, 2]}' }, /exactly one key, its name/],
    ['a support outside the range', { '  review_rate_ft: 0.05': '  review_rate_ft: {uniform: [0.5, 1.5]}' }, /quality\.review_rate_ft: uniform can draw values above 1, but the value must be between 0 and 1/],
    ['a lognormal with the wrong pair', { '  instances: 2': '  instances: {lognormal: {p5: 1, median: 2}}' }, /exactly \{p5, p95\}, \{median, p95\} or \{mu, sigma\}/],
    ['an infinite number', { '  instances: 2': '  instances: .inf' }, /serving\.instances: must be a finite number \(got "Infinity"\)/],
    ['a magnitude past the ceiling', { '  requests_per_day: 50000': '  requests_per_day: 1e308' }, /workload\.requests_per_day: must be between 0 and 1e12 \(got 1e\+308\)/],
    ['a lognormal whose tail passes the ceiling', { '  requests_per_day: 50000': '  requests_per_day: {lognormal: {mu: 700, sigma: 5}}' }, /workload\.requests_per_day: lognormal can draw values above 1e12/],
    ['a uniform up to 1e308 on a price', { '  input_price_per_1m: 5': '  input_price_per_1m: {uniform: [0, 1e308]}' }, /api\.input_price_per_1m: uniform can draw values above 10000/],
    ['a lifetime under a month', { 'lifetime_months: 18': 'lifetime_months: 0.5' }, /^s\.yaml:\d+:\d+: lifetime_months: must be between 1 and 1200 \(got 0\.5\)/],
    ['a seed that is neither', { '  samples: 1000': '  samples: 1000\n  seed: 1.5' }, /simulation\.seed: must be text or a whole number \(got 1\.5\)/],
    ['a fractional sample count', { '  samples: 1000': '  samples: 10.5' }, /simulation\.samples: must be a whole number \(got 10\.5\)/],
    ['a section that is not a mapping', { 'api:\n  input_price_per_1m: 5\n  output_price_per_1m: 15': 'api: 5' }, /api: must be a mapping of keys to values \(got 5\)/],
  ])('rejects %s', (_, edits, message) => {
    expect(problems(goldenWith(edits)).join('\n')).toMatch(message);
  });

  it('reports YAML syntax errors with their position', () => {
    expect(problems('workload:\n  requests_per_day: [1, 2\n')[0]).toMatch(/^s\.yaml:\d+:\d+: \(top level\): not valid YAML or JSON/);
    expect(problems('a: 1\na: 2\n')[0]).toMatch(/^s\.yaml:2:1: .*not valid YAML or JSON: Map keys must be unique/);
  });

  it('rejects a file that is not a mapping', () => {
    expect(problems('- 1\n- 2\n')).toEqual(['s.yaml:1:1: (top level): a scenario is a mapping of sections (got [1, 2])']);
    expect(problems('')).toEqual(['s.yaml:1:1: (top level): a scenario is a mapping of sections (got null)']);
  });
});

describe('sampling and correlations', () => {
  const withCorrelations = (lines: string) => `${SUPPORT_BOT_YAML}\ncorrelations:\n${lines}`;

  it('reads simulation.sampling and the correlations by input path', () => {
    const s = parse(withCorrelations('  - [workload.requests_per_day, workload.input_tokens_per_request, 0.4]\n  - [api.input_price_per_1m, api.output_price_per_1m, 0.8]').replace('threshold_months: 12', 'threshold_months: 12\n  sampling: lhs'));
    expect(s.simulation.sampling).toBe('lhs');
    expect(s.correlations).toEqual([
      { a: 'requests_per_day', b: 'input_tokens_per_request', r: 0.4 },
      { a: 'input_price_per_1m', b: 'output_price_per_1m', r: 0.8 },
    ]);
  });

  it('refuses unknown, fixed or repeated inputs and correlations outside (-1, 1), each at its line', () => {
    const found = problems(
      withCorrelations(
        ['  - [workload.requests_per_dya, api.input_price_per_1m, 0.4]', '  - [serving.instance_cost_per_hour, api.input_price_per_1m, 0.3]', '  - [api.input_price_per_1m, api.output_price_per_1m, 1]', '  - [api.output_price_per_1m, api.output_price_per_1m, 0.2]'].join('\n'),
      ),
    );
    expect(found).toEqual([
      expect.stringMatching(/:\d+:\d+: correlations\[0\]\[0\]: unknown input "workload.requests_per_dya" \(did you mean "workload.requests_per_day"\?\)/),
      expect.stringMatching(/correlations\[1\]\[0\]: "serving.instance_cost_per_hour" is a fixed value/),
      expect.stringMatching(/correlations\[2\]\[2\]: a rank correlation must be a number strictly between -1 and 1 \(got 1\)/),
      expect.stringMatching(/correlations\[3\]: correlates "api.output_price_per_1m" with itself/),
    ]);
  });

  it('refuses correlations that cannot hold together, naming the inputs', () => {
    const found = problems(
      withCorrelations(['  - [workload.requests_per_day, api.input_price_per_1m, 0.9]', '  - [workload.requests_per_day, api.output_price_per_1m, 0.9]', '  - [api.input_price_per_1m, api.output_price_per_1m, -0.9]'].join('\n')),
    );
    expect(found).toEqual([
      expect.stringMatching(/correlations: the rank correlations among workload.requests_per_day, api.input_price_per_1m, api.output_price_per_1m cannot all hold at once \(the matrix is not positive definite\)/),
    ]);
  });
});
