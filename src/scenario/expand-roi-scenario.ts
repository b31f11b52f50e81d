import type { PriceCatalog } from '../catalog/price-catalog.js';
import { TRAINING_INSTANCES, TRAINING_METHODS, trainingBenchmark, type TrainingMethod } from '../catalog/training-benchmarks.js';
import type { ScenarioIssue } from '../errors.js';
import { ENGINEERING_PHASES } from '../model/roi-fields.js';
import { describeValue } from './describe-value.js';
import { didYouMean } from './did-you-mean.js';

type Section = Record<string, unknown>;

/** What expansion took from the catalog, for the report's stamp. */
export interface CatalogUse {
  readonly date: string;
  /** e.g. ['api: gpt-4o', 'gpu: a10g', 'training benchmark: 7B lora on a10g']. */
  readonly entries: readonly string[];
}

export interface Expansion {
  /** The scenario in the model's own fields: names looked up, pilot counts turned into Beta. */
  readonly raw: Section;
  readonly issues: readonly ScenarioIssue[];
  readonly catalog: CatalogUse;
}

/**
 * Rewrites the ROI scenario's shorthands into the model's input fields, before validation:
 * catalog names (`api.model`, `serving.gpu`), the training estimator (`training.estimate`
 * with method and instance), pilot counts (`{failures, of}` -> Beta(f + 1, n - f + 1), a
 * uniform prior), and the inputs a setting makes required or irrelevant (a capacity fleet
 * needs throughput and utilization, not `instances`). A value the user wrote always wins over
 * a looked-up one. Pure: `raw` is not modified.
 */
export function expandRoiScenario(input: object, catalog: PriceCatalog): Expansion {
  const raw = structuredClone(input) as Section;
  const issues: ScenarioIssue[] = [];
  const entries: string[] = [];
  const context = { raw, issues, entries, catalog };
  expandApi(context);
  expandServing(context);
  expandTraining(context);
  expandQuality(context);
  checkEngineering(context);
  return { raw, issues, catalog: { date: catalog.date, entries } };
}

interface Context {
  readonly raw: Section;
  readonly issues: ScenarioIssue[];
  readonly entries: string[];
  readonly catalog: PriceCatalog;
}

function sectionOf(parent: Section, key: string): Section | undefined {
  const value = parent[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Section) : undefined;
}

function fill(section: Section, key: string, value: number): void {
  if (section[key] === undefined) section[key] = value;
}

/** A catalog name: the entry, or an issue with a did-you-mean. */
function lookUp<T>(context: Context, path: readonly string[], name: unknown, table: Readonly<Record<string, T>>, what: string): T | undefined {
  const names = Object.keys(table);
  if (typeof name === 'string' && table[name]) return table[name];
  const hint = typeof name === 'string' ? didYouMean(name, names) : '';
  context.issues.push({ path, message: `unknown ${what} ${describeValue(name)}${hint}; the catalog (${context.catalog.date}) has ${names.join(', ')} (see ftroi catalog)` });
  return undefined;
}

function expandApi(context: Context): void {
  const api = sectionOf(context.raw, 'api');
  if (!api || api.model === undefined) return;
  const entry = lookUp(context, ['api', 'model'], api.model, context.catalog.api, 'API model');
  if (entry) {
    fill(api, 'input_price_per_1m', entry.input_price_per_1m);
    fill(api, 'output_price_per_1m', entry.output_price_per_1m);
    context.entries.push(`api: ${String(api.model)}`);
  }
  delete api.model;
}

function expandServing(context: Context): void {
  const serving = sectionOf(context.raw, 'serving');
  if (!serving) return;
  const managed = serving.deployment === 'managed';
  if (serving.gpu !== undefined) {
    const gpu = lookUp(context, ['serving', 'gpu'], serving.gpu, context.catalog.gpus, 'GPU');
    if (gpu) {
      fill(serving, 'instance_cost_per_hour', gpu.cost_per_hour);
      if (serving.pricing === 'spot') fill(serving, 'spot_discount', gpu.spot_discount);
      if (serving.pricing === 'reserved') fill(serving, 'reserved_discount', gpu.reserved_discount);
      const throughput = typeof serving.model_size_b === 'number' ? gpu.throughput_by_model_size[serving.model_size_b] : undefined;
      if (throughput !== undefined) fill(serving, 'throughput_tokens_per_s', throughput);
      context.entries.push(`gpu: ${String(serving.gpu)}`);
    }
    delete serving.gpu;
  }
  if (managed) {
    // A managed fine-tune runs on the provider's GPUs: the self-hosting fields do not apply.
    for (const key of ['instance_cost_per_hour', 'instances', 'model_size_b']) fill(serving, key, 0);
    return;
  }
  const need = (key: string, why: string) => {
    if (serving[key] === undefined) context.issues.push({ path: ['serving', key], message: `is required ${why}` });
  };
  if (serving.fleet === 'capacity') {
    fill(serving, 'instances', 0);
    need('throughput_tokens_per_s', 'when fleet is capacity (tokens/s one instance serves; a catalog gpu gives it for the sizes it has measured)');
    need('gpu_utilization', 'when fleet is capacity (the target utilization: a distribution is welcome)');
    if (serving.throughput_tokens_per_s === 0) {
      context.issues.push({ path: ['serving', 'throughput_tokens_per_s'], message: 'must be above 0 when fleet is capacity (an instance that serves nothing cannot be sized)' });
    }
  }
  if (serving.pricing === 'spot') need('spot_discount', 'when pricing is spot (or name a catalog gpu)');
  if (serving.pricing === 'reserved') need('reserved_discount', 'when pricing is reserved (or name a catalog gpu)');
}

function expandTraining(context: Context): void {
  const training = sectionOf(context.raw, 'training');
  const estimate = training && sectionOf(training, 'estimate');
  const managed = sectionOf(context.raw, 'serving')?.deployment === 'managed';
  if (!training) return;
  if (!estimate) {
    if (training.estimate !== undefined) context.issues.push({ path: ['training', 'estimate'], message: `must be a mapping of method, instance, examples, seq_len, epochs (got ${describeValue(training.estimate)})` });
    if (managed) context.issues.push({ path: ['training', 'estimate'], message: 'is required when deployment is managed (examples, seq_len and epochs give the training tokens priced per 1M)' });
    return;
  }
  if (training.compute_cost_per_run !== undefined) {
    context.issues.push({ path: ['training', 'compute_cost_per_run'], message: 'give either compute_cost_per_run or training.estimate, not both' });
  }
  fill(training, 'compute_cost_per_run', 0);
  for (const key of ['examples', 'seq_len', 'epochs']) {
    if (estimate[key] === undefined) context.issues.push({ path: ['training', 'estimate', key], message: 'is required by the training estimator' });
  }
  const { method, instance } = estimate;
  const size = estimate.model_size_b ?? sectionOf(context.raw, 'serving')?.model_size_b;
  delete estimate.method;
  delete estimate.instance;
  delete estimate.model_size_b;
  if (managed) return;
  if (estimate.tokens_per_s !== undefined && estimate.cost_per_hour !== undefined) return;
  if (!TRAINING_METHODS.includes(method as TrainingMethod)) {
    const hint = typeof method === 'string' ? didYouMean(method, TRAINING_METHODS) : '';
    context.issues.push({ path: ['training', 'estimate', 'method'], message: `must be one of ${TRAINING_METHODS.join(', ')}${hint} (got ${describeValue(method)})` });
    return;
  }
  if (typeof instance !== 'string' || !(TRAINING_INSTANCES as readonly string[]).includes(instance)) {
    const hint = typeof instance === 'string' ? didYouMean(instance, TRAINING_INSTANCES) : '';
    context.issues.push({
      path: ['training', 'estimate', 'instance'],
      message: `must be one of ${TRAINING_INSTANCES.join(', ')}${hint} (got ${describeValue(instance)}), or give tokens_per_s and cost_per_hour`,
    });
    return;
  }
  if (typeof size !== 'number' || !(size > 0)) {
    context.issues.push({ path: ['training', 'estimate', 'model_size_b'], message: `the benchmark table is read at a model size in B parameters: give a number here or in serving.model_size_b (got ${describeValue(size)})` });
    return;
  }
  const bench = trainingBenchmark(size, method as TrainingMethod, instance);
  fill(estimate, 'tokens_per_s', bench.tokens_per_s);
  fill(estimate, 'cost_per_hour', bench.cost_per_hour);
  context.entries.push(`training benchmark: ${size}B ${String(method)} on ${instance}${bench.measured ? '' : ' (no measurement: DOMAIN.md size rule)'}`);
}

/** Rates that may be given as pilot counts. */
const RATES = ['review_rate_api', 'review_rate_ft', 'incident_rate_api', 'incident_rate_ft'] as const;

function expandQuality(context: Context): void {
  const quality = sectionOf(context.raw, 'quality');
  if (!quality) return;
  for (const key of RATES) {
    const value = sectionOf(quality, key);
    if (!value || !('failures' in value || 'of' in value)) continue;
    const { failures, of, ...rest } = value;
    const path = ['quality', key];
    const count = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
    if (Object.keys(rest).length > 0) context.issues.push({ path, message: `pilot counts are {failures, of}; unknown key "${Object.keys(rest)[0]}"` });
    else if (!count(failures) || !count(of) || (of as number) < 1 || (failures as number) > (of as number)) {
      context.issues.push({ path, message: `pilot counts need whole numbers with 0 <= failures <= of and of >= 1 (got ${describeValue(value)})` });
    } else {
      // A uniform prior on the rate, updated by the pilot: Beta(failures + 1, successes + 1).
      quality[key] = { beta: { alpha: (failures as number) + 1, beta: (of as number) - (failures as number) + 1 } };
    }
  }
}

const PHASES: readonly string[] = ENGINEERING_PHASES.map(([key]) => key);

function checkEngineering(context: Context): void {
  const engineering = sectionOf(context.raw, 'engineering');
  if (!engineering) return;
  const hours = sectionOf(engineering, 'hours');
  if (engineering.hours === undefined) context.issues.push({ path: ['engineering', 'hours'], message: `is required: hours by phase (${PHASES.join(', ')})` });
  else if (hours && !PHASES.some((phase) => hours[phase] !== undefined)) {
    context.issues.push({ path: ['engineering', 'hours'], message: `needs at least one phase: ${PHASES.join(', ')}` });
  }
}
