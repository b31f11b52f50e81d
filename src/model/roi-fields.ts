import type { InputField } from './input-field.js';
import type { OutputField } from './output-field.js';

/**
 * From 0 up to a plausible ceiling. Ceilings sit far above any real case (a trillion
 * requests a day, $10,000 per million tokens) yet low enough that no product in the model
 * overflows a double: a value beyond one is a typo, refused before it turns into Infinity.
 */
const upTo = (max: number) => ({ min: 0, max }) as const;
const FRACTION = { min: 0, max: 1 } as const;

/**
 * Engineering hours by phase: the four of the reference calculation (data, experiments,
 * evaluation, deployment) and DOMAIN.md's eight (which share `deployment`). A scenario uses
 * either list, or both; the hours add up.
 */
export const ENGINEERING_PHASES = [
  ['data', 'data'],
  ['experiments', 'experiments'],
  ['evaluation', 'evaluation'],
  ['deployment', 'deployment and integration'],
  ['data_collection', 'data collection and curation'],
  ['formatting', 'formatting and quality checks'],
  ['experiment_setup', 'experiment setup'],
  ['hyperparameter_search', 'hyper-parameter search'],
  ['evaluation_framework', 'evaluation framework'],
  ['evaluation_iteration', 'evaluation and iteration'],
  ['monitoring', 'monitoring setup'],
] as const;

/** Named settings: the model reads the position of the name. */
export const FLEET_MODES = ['fixed', 'capacity'] as const;
export const PRICING_MODES = ['on_demand', 'spot', 'reserved'] as const;
export const DEPLOYMENTS = ['self_hosted', 'managed'] as const;

/**
 * The inputs of the ROI model: DOMAIN.md's reference calculation, then what it leaves out
 * (fleet sizing, pricing, training-run extras, eight engineering phases, incidents, time).
 * Every later input has a default under which the model is the reference calculation.
 */
export const ROI_INPUT_FIELDS = [
  { name: 'requests_per_day', path: ['workload', 'requests_per_day'], label: 'Requests per day', unit: 'requests/day', ...upTo(1e12) },
  { name: 'input_tokens_per_request', path: ['workload', 'input_tokens_per_request'], label: 'Input tokens per request', unit: 'tokens', ...upTo(1e7) },
  { name: 'output_tokens_per_request', path: ['workload', 'output_tokens_per_request'], label: 'Output tokens per request', unit: 'tokens', ...upTo(1e7) },
  { name: 'peak_to_average', path: ['workload', 'peak_to_average'], label: 'Peak to average traffic', unit: 'ratio', min: 1, max: 1000, default: 1 },
  { name: 'input_price_per_1m', path: ['api', 'input_price_per_1m'], label: 'API input price', unit: '$/1M tokens', ...upTo(1e4) },
  { name: 'output_price_per_1m', path: ['api', 'output_price_per_1m'], label: 'API output price', unit: '$/1M tokens', ...upTo(1e4) },
  { name: 'deployment', path: ['serving', 'deployment'], label: 'Deployment', unit: 'choice', min: 0, max: 1, default: 0, choices: DEPLOYMENTS },
  { name: 'instance_cost_per_hour', path: ['serving', 'instance_cost_per_hour'], label: 'GPU instance cost (on demand)', unit: '$/h', ...upTo(1e5) },
  { name: 'fleet', path: ['serving', 'fleet'], label: 'Fleet sizing', unit: 'choice', min: 0, max: 1, default: 0, choices: FLEET_MODES },
  { name: 'instances', path: ['serving', 'instances'], label: 'Serving instances', unit: 'instances', ...upTo(1e6) },
  { name: 'min_instances', path: ['serving', 'min_instances'], label: 'Minimum instances', unit: 'instances', ...upTo(1e6), default: 1 },
  { name: 'throughput_tokens_per_s', path: ['serving', 'throughput_tokens_per_s'], label: 'Throughput per instance', unit: 'tokens/s', ...upTo(1e9), default: 0 },
  { name: 'gpu_utilization', path: ['serving', 'gpu_utilization'], label: 'Target GPU utilization', unit: 'fraction', min: 0.001, max: 1, default: 1 },
  { name: 'off_peak_hours_per_day', path: ['serving', 'off_peak_hours_per_day'], label: 'Off-peak hours at minimum instances', unit: 'h/day', min: 0, max: 24, default: 0 },
  { name: 'pricing', path: ['serving', 'pricing'], label: 'GPU pricing', unit: 'choice', min: 0, max: 2, default: 0, choices: PRICING_MODES },
  { name: 'spot_fraction', path: ['serving', 'spot_fraction'], label: 'Share of instance hours on spot', unit: 'fraction', ...FRACTION, default: 0 },
  { name: 'spot_discount', path: ['serving', 'spot_discount'], label: 'Spot discount off on-demand', unit: 'fraction', ...FRACTION, default: 0 },
  { name: 'reserved_discount', path: ['serving', 'reserved_discount'], label: 'Reserved discount off on-demand', unit: 'fraction', ...FRACTION, default: 0 },
  { name: 'hours_per_month', path: ['serving', 'hours_per_month'], label: 'Hours per month', unit: 'h', min: 24, max: 744, default: 720 },
  { name: 'model_size_b', path: ['serving', 'model_size_b'], label: 'Model size', unit: 'B parameters', ...upTo(1e5) },
  { name: 'checkpoints_stored', path: ['serving', 'checkpoints_stored'], label: 'Checkpoints kept in storage', unit: 'copies', ...upTo(1e4), default: 0 },
  { name: 'storage_cost_per_gb_month', path: ['serving', 'storage_cost_per_gb_month'], label: 'Weight storage price', unit: '$/GB-month', ...upTo(1e3), default: 0.023 },
  { name: 'managed_training_price_per_1m', path: ['managed', 'training_price_per_1m_tokens'], label: 'Managed fine-tuning price', unit: '$/1M training tokens', ...upTo(1e4), default: 0, quiet: true },
  { name: 'managed_inference_multiplier', path: ['managed', 'inference_price_multiplier'], label: 'Managed inference price multiplier', unit: 'x API price', ...upTo(100), default: 1, quiet: true },
  { name: 'review_rate_api', path: ['quality', 'review_rate_api'], label: 'Human review rate, API', unit: 'fraction', ...FRACTION, default: 0 },
  { name: 'review_rate_ft', path: ['quality', 'review_rate_ft'], label: 'Human review rate, fine-tuned', unit: 'fraction', ...FRACTION, default: 0 },
  { name: 'cost_per_review', path: ['quality', 'cost_per_review'], label: 'Cost per review', unit: '$', ...upTo(1e5), default: 0 },
  { name: 'incident_rate_api', path: ['quality', 'incident_rate_api'], label: 'Incident rate, API', unit: 'fraction', ...FRACTION, default: 0 },
  { name: 'incident_rate_ft', path: ['quality', 'incident_rate_ft'], label: 'Incident rate, fine-tuned', unit: 'fraction', ...FRACTION, default: 0 },
  { name: 'cost_per_incident', path: ['quality', 'cost_per_incident'], label: 'Cost per incident', unit: '$', ...upTo(1e8), default: 0 },
  { name: 'training_runs', path: ['training', 'runs'], label: 'Training runs', unit: 'runs', ...upTo(1e6) },
  { name: 'runs_per_experiment', path: ['training', 'runs_per_experiment'], label: 'Runs per experiment', unit: 'runs', min: 1, max: 1e6, default: 1 },
  { name: 'compute_cost_per_run', path: ['training', 'compute_cost_per_run'], label: 'Compute cost per run', unit: '$', ...upTo(1e9) },
  { name: 'training_examples', path: ['training', 'estimate', 'examples'], label: 'Training examples', unit: 'examples', ...upTo(1e10), default: 0 },
  { name: 'training_seq_len', path: ['training', 'estimate', 'seq_len'], label: 'Training sequence length', unit: 'tokens', ...upTo(1e7), default: 0 },
  { name: 'training_epochs', path: ['training', 'estimate', 'epochs'], label: 'Training epochs', unit: 'epochs', ...upTo(1e4), default: 0 },
  { name: 'training_tokens_per_s', path: ['training', 'estimate', 'tokens_per_s'], label: 'Training throughput', unit: 'tokens/s', ...upTo(1e9), default: 0 },
  { name: 'training_node_cost_per_hour', path: ['training', 'estimate', 'cost_per_hour'], label: 'Training node cost (on demand)', unit: '$/h', ...upTo(1e5), default: 0 },
  { name: 'training_spot', path: ['training', 'estimate', 'spot'], label: 'Training on spot', unit: 'choice', min: 0, max: 1, default: 0, choices: [false, true] },
  { name: 'storage_cost_per_run', path: ['training', 'storage_cost_per_run'], label: 'Checkpoint and dataset storage per run', unit: '$', ...upTo(1e9), default: 0 },
  { name: 'data_processing_cost_per_run', path: ['training', 'data_processing_cost_per_run'], label: 'Data processing (ETL) per run', unit: '$', ...upTo(1e9), default: 0 },
  { name: 'network_cost_per_run', path: ['training', 'network_cost_per_run'], label: 'Network transfer per run', unit: '$', ...upTo(1e9), default: 0 },
  { name: 'hourly_rate', path: ['engineering', 'hourly_rate'], label: 'Engineering hourly rate', unit: '$/h', ...upTo(1e5) },
  ...ENGINEERING_PHASES.map(([key, label]) => ({ name: `hours_${key}` as const, path: ['engineering', 'hours', key], label: `Hours: ${label}`, unit: 'h', ...upTo(1e6), default: 0 })),
  { name: 'ops_hours_per_month', path: ['engineering', 'ops_hours_per_month'], label: 'Maintenance and on-call', unit: 'h/month', ...upTo(1e5), default: 0 },
  { name: 'lifetime_months', path: ['lifetime_months'], label: 'Model lifetime', unit: 'months', min: 1, max: 1200, default: 18 },
  { name: 'horizon_months', path: ['time', 'horizon_months'], label: 'Cash-flow horizon', unit: 'months', min: 1, max: 600, default: 24, quiet: true },
  { name: 'volume_growth_per_month', path: ['time', 'volume_growth_per_month'], label: 'Volume growth', unit: 'per month', min: -0.5, max: 1, default: 0, quiet: true },
  { name: 'api_price_change_per_month', path: ['time', 'api_price_change_per_month'], label: 'API price change', unit: 'per month', min: -0.5, max: 1, default: 0, quiet: true },
  { name: 'retrain_every_months', path: ['time', 'retrain_every_months'], label: 'Retrain every', unit: 'months', ...upTo(600), default: 0, quiet: true },
  { name: 'retrain_cost_fraction', path: ['time', 'retrain_cost_fraction'], label: 'Retraining cost', unit: 'x project training compute', ...upTo(100), default: 0, quiet: true },
  { name: 'discount_rate_per_year', path: ['time', 'discount_rate_per_year'], label: 'Discount rate', unit: 'per year', min: 0, max: 10, default: 0, quiet: true },
] as const satisfies readonly InputField[];

/** The outputs of the ROI model, in the order `estimate` prints them. */
export const ROI_OUTPUT_FIELDS = [
  { name: 'monthly_api_cost', label: 'Monthly API cost', unit: '$/month', format: 'usd' },
  { name: 'monthly_serving_cost', label: 'Monthly serving cost', unit: '$/month', format: 'usd' },
  { name: 'monthly_storage_cost', label: 'Monthly storage cost', unit: '$/month', format: 'usd' },
  { name: 'monthly_ops_cost', label: 'Monthly maintenance cost', unit: '$/month', format: 'usd' },
  { name: 'monthly_amortized_project_cost', label: 'Monthly amortized project cost', unit: '$/month', format: 'usd' },
  { name: 'monthly_quality_cost_delta', label: 'Monthly quality cost delta', unit: '$/month', format: 'usd' },
  { name: 'monthly_ft_total', label: 'Monthly fine-tuned total', unit: '$/month', format: 'usd' },
  { name: 'monthly_savings', label: 'Monthly savings', unit: '$/month', format: 'usd' },
  { name: 'total_project_cost', label: 'Total project cost', unit: '$', format: 'usd' },
  { name: 'compute_cost', label: 'Training compute cost', unit: '$', format: 'usd' },
  { name: 'training_storage_cost', label: 'Training storage cost', unit: '$', format: 'usd' },
  { name: 'data_processing_cost', label: 'Data processing cost', unit: '$', format: 'usd' },
  { name: 'network_cost', label: 'Network transfer cost', unit: '$', format: 'usd' },
  { name: 'training_cost_per_run', label: 'Training cost per run', unit: '$', format: 'usd' },
  { name: 'training_cost_per_experiment', label: 'Training cost per experiment', unit: '$', format: 'usd' },
  { name: 'engineering_cost', label: 'Engineering cost', unit: '$', format: 'usd' },
  { name: 'net_value', label: 'Net value over the lifetime', unit: '$', format: 'usd' },
  { name: 'payback_months', label: 'Payback', unit: 'months', format: 'months' },
  { name: 'break_even_tokens_per_day', label: 'Break-even volume (serving + storage)', unit: 'tokens/day', format: 'tokens_per_day' },
  { name: 'break_even_full_tokens_per_day', label: 'Break-even volume (all costs)', unit: 'tokens/day', format: 'tokens_per_day' },
  { name: 'current_daily_tokens', label: 'Current volume', unit: 'tokens/day', format: 'tokens_per_day' },
  { name: 'serving_instances', label: 'Serving instances (peak, month 1)', unit: '', format: 'number' },
  { name: 'achieved_utilization', label: 'Achieved GPU utilization', unit: '', format: 'fraction' },
  { name: 'cost_per_1m_tokens_served', label: 'Cost per 1M tokens served', unit: '$/1M tokens', format: 'usd' },
  { name: 'npv', label: 'Net present value over the horizon', unit: '$', format: 'usd' },
  { name: 'roi', label: 'ROI (NPV / project cost)', unit: '', format: 'fraction' },
  { name: 'cash_flow_payback_months', label: 'Cash-flow payback', unit: 'months', format: 'months' },
] as const satisfies readonly OutputField[];

export type RoiInputName = (typeof ROI_INPUT_FIELDS)[number]['name'];
export type RoiOutputName = (typeof ROI_OUTPUT_FIELDS)[number]['name'];
type RoiField = (typeof ROI_INPUT_FIELDS)[number];
type DefaultedInputName = Extract<RoiField, { readonly default: number }>['name'];
/** Every input by name: those with a default may be left out (evaluateRoi fills them). */
export type RoiInputs = Readonly<Record<Exclude<RoiInputName, DefaultedInputName>, number> & Partial<Record<DefaultedInputName, number>>>;
/** payback_months and break_even_tokens_per_day are +Infinity when there is none. */
export type RoiOutputs = Record<RoiOutputName, number>;
