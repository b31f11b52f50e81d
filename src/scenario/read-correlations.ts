import type { InputSpec } from '../../distributions/index.js';
import type { RankCorrelation } from '../engine/plan.js';
import type { ScenarioIssue } from '../errors.js';
import type { InputField } from '../model/input-field.js';
import { cholesky, NotPositiveDefiniteError } from '../stats/cholesky.js';
import { scoreCorrelationFor } from '../stats/rank-correlation.js';
import { describeValue } from './describe-value.js';
import { didYouMean } from './did-you-mean.js';

/**
 * The `correlations:` section: a list of `[input path, input path, rank correlation]`.
 * Each input must exist and be uncertain, each pair appear once, and the whole set must be a
 * correlation matrix (positive definite once turned into normal-score correlations, which is
 * what Iman-Conover imposes); otherwise one problem per fault, naming the inputs.
 */
export function readCorrelations(
  raw: unknown,
  fields: readonly InputField[],
  inputs: Readonly<Record<string, InputSpec>>,
): { correlations: RankCorrelation[]; issues: ScenarioIssue[] } {
  if (raw === undefined) return { correlations: [], issues: [] };
  if (!Array.isArray(raw)) return { correlations: [], issues: [{ path: ['correlations'], message: `must be a list of [input, input, rank correlation] (got ${describeValue(raw)})` }] };
  const byPath = new Map(fields.map((field) => [field.path.join('.'), field]));
  const issues: ScenarioIssue[] = [];
  const correlations: RankCorrelation[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    if (!Array.isArray(entry) || entry.length !== 3 || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') {
      issues.push({ path: ['correlations', i], message: `must be [input, input, rank correlation], e.g. [workload.requests_per_day, workload.input_tokens_per_request, 0.4] (got ${describeValue(entry)})` });
      return;
    }
    const [a, b, r] = entry as [string, string, unknown];
    const field = (name: string, k: number) => {
      const found = byPath.get(name);
      if (!found) issues.push({ path: ['correlations', i, k], message: `unknown input "${name}"${didYouMean(name, [...byPath.keys()])}` });
      else if (typeof inputs[found.name] === 'number') issues.push({ path: ['correlations', i, k], message: `"${name}" is a fixed value; only an uncertain input (a range or distribution) can be correlated` });
      else return found;
      return undefined;
    };
    const fa = field(a, 0);
    const fb = field(b, 1);
    if (typeof r !== 'number' || !(r > -1 && r < 1)) {
      issues.push({ path: ['correlations', i, 2], message: `a rank correlation must be a number strictly between -1 and 1 (got ${describeValue(r)})` });
      return;
    }
    if (!fa || !fb) return;
    if (fa === fb) return void issues.push({ path: ['correlations', i], message: `correlates "${a}" with itself` });
    const key = [fa.name, fb.name].sort().join('|');
    if (seen.has(key)) return void issues.push({ path: ['correlations', i], message: `the pair "${a}", "${b}" is given twice` });
    seen.add(key);
    if (r !== 0) correlations.push({ a: fa.name, b: fb.name, r });
  });
  if (issues.length === 0) issues.push(...consistency(correlations, fields));
  return { correlations, issues };
}

/** One problem when the correlations cannot hold together, naming the inputs involved. */
function consistency(correlations: readonly RankCorrelation[], fields: readonly InputField[]): ScenarioIssue[] {
  const names = [...new Set(correlations.flatMap(({ a, b }) => [a, b]))];
  const r = (a: string, b: string) => correlations.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))?.r ?? 0;
  try {
    cholesky(names.map((a) => names.map((b) => (a === b ? 1 : scoreCorrelationFor(r(a, b))))));
    return [];
  } catch (error) {
    if (!(error instanceof NotPositiveDefiniteError)) throw error;
    const last = names[error.pivot] as string;
    const involved = names.slice(0, error.pivot + 1).filter((name) => name === last || r(name, last) !== 0);
    const paths = involved.map((name) => fields.find((f) => f.name === name)?.path.join('.') ?? name);
    return [{ path: ['correlations'], message: `the rank correlations among ${paths.join(', ')} cannot all hold at once (the matrix is not positive definite); weaken one of them` }];
  }
}
