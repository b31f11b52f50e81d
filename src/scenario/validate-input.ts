import {
  DISTRIBUTION_NAMES,
  DISTRIBUTION_PARAMS,
  DistributionParamError,
  fromSpec,
  type DistributionName,
  type InputSpec,
} from '../../distributions/index.js';
import type { ScenarioIssue } from '../errors.js';
import type { InputField } from '../model/input-field.js';
import { describeValue } from './describe-value.js';
import { didYouMean } from './did-you-mean.js';
import { checkShape } from './check-shape.js';

/** How each distribution is written, for messages. */
const FORMS: Record<DistributionName, string> = {
  uniform: '[lo, hi]',
  triangular: '[min, mode, max]',
  pert: '[min, mode, max]',
  normal: '{mean, sd} with optional min and max',
  lognormal: '{p5, p95}, {median, p95} or {mu, sigma}',
  beta: '{alpha, beta} with optional min and max',
  integer: '[lo, hi]',
  discrete: '{values} with optional weights',
  bernoulli: 'a probability',
};

/** The upper tail an unbounded distribution may put beyond a field's ceiling. */
const TAIL = 1e-9;

type Checked = { spec: InputSpec; issues?: undefined } | { spec?: undefined; issues: ScenarioIssue[] };

/**
 * Checks one input value: a number in the field's range, or a distribution whose every
 * possible draw is in that range. Returns the spec or the problems, with paths.
 */
export function validateInput(value: unknown, field: InputField): Checked {
  const at = (message: string, sub: (string | number)[] = []): Checked => ({
    issues: [{ path: [...field.path, ...sub], message }],
  });
  if (field.choices) return validateChoice(value, field);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return at(`must be a finite number (got ${describeValue(value)})`);
    return value >= field.min && value <= field.max ? { spec: value } : at(`${rangeRule(field)} (got ${value})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return at(`must be a number or a distribution such as {uniform: [lo, hi]} (got ${describeValue(value)})`);
  }
  const keys = Object.keys(value);
  const kind = keys[0] as DistributionName;
  if (keys.length !== 1) {
    return at(`a distribution is a mapping with exactly one key, its name (got ${describeValue(value)})`);
  }
  if (!DISTRIBUTION_NAMES.includes(kind)) {
    return at(`unknown distribution "${kind}"${didYouMean(kind, DISTRIBUTION_NAMES)}; one of ${DISTRIBUTION_NAMES.join(', ')}`);
  }
  const params: unknown = (value as Record<string, unknown>)[kind];
  const shape = checkShape(DISTRIBUTION_PARAMS[kind], params);
  if (!shape.success) {
    const unknownKey = shape.error.issues.find((i) => i.code === 'unrecognized_keys');
    if (unknownKey?.code === 'unrecognized_keys') {
      const allowed = Object.keys((DISTRIBUTION_PARAMS[kind] as { shape?: object }).shape ?? {});
      const key = unknownKey.keys[0] as string;
      return at(`${kind} has no parameter "${key}"${didYouMean(key, allowed)}; it takes ${FORMS[kind]}`, [kind, key]);
    }
    return at(`${kind} needs ${FORMS[kind]} (got ${describeValue(params)})`, [kind]);
  }
  const spec = { [kind]: shape.data } as InputSpec;
  try {
    const dist = fromSpec(spec);
    const [lo, support] = dist.support;
    // Below the minimum nothing may be drawn; beyond the ceiling, an unbounded tail (lognormal,
    // an untruncated normal) may reach with a chance under TAIL, no more.
    const hi = Math.min(support, dist.quantile(1 - TAIL));
    if (lo < field.min || hi > field.max) {
      const side = lo < field.min ? `below ${bound(field.min)}` : `above ${bound(field.max)}`;
      return at(`${kind} can draw values ${side}, but the value ${rangeRule(field)}${boundHint(kind, field)}`);
    }
  } catch (error) {
    if (error instanceof DistributionParamError) return at(error.message);
    throw error;
  }
  return { spec };
}

/** A named setting: one of the field's choices, read as its position. */
function validateChoice(value: unknown, field: InputField): Checked {
  const choices = field.choices ?? [];
  const index = choices.indexOf(value as string | boolean);
  if (index >= 0) return { spec: index };
  const names = choices.map(String);
  const hint = typeof value === 'string' ? didYouMean(value, names) : '';
  return { issues: [{ path: field.path, message: `must be one of ${names.join(', ')}${hint} (got ${describeValue(value)})` }] };
}

function rangeRule(field: InputField): string {
  if (field.max === Infinity) return `must be >= ${bound(field.min)}`;
  return `must be between ${bound(field.min)} and ${bound(field.max)}`;
}

/** 1e12 rather than 1000000000000. */
function bound(x: number): string {
  return Math.abs(x) >= 1e6 ? x.toExponential().replace('e+', 'e') : String(x);
}

function boundHint(kind: DistributionName, field: InputField): string {
  return kind === 'normal' && field.min === 0 ? ' (truncate it with min: 0)' : '';
}
