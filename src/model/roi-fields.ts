import type { InputField } from './input-field.js';
import type { OutputField } from './output-field.js';

/**
 * From 0 up to a plausible ceiling. Ceilings sit far above any real case (a trillion
 * requests a day, $10,000 per million tokens) yet low enough that no product in the model
 * overflows a double: a value beyond one is a typo, refused before it turns into Infinity.
 */
const upTo = (max: number) => ({ min: 0, max }) as const;
const FRACTION = { min: 0, max: 1 } as const;

/** The inputs of the ROI model (DOMAIN.md's reference calculation plus spot pricing). */
export const ROI_INPUT_FIELDS = [
  { name: 'requests_per_day', path: ['workload', 'requests_per_day'], label: 'Requests per day', unit: 'requests/day', ...upTo(1e12) },
  { name: 'input_tokens_per_request', path: ['workload', 'input_tokens_per_request'], label: 'Input tokens per request', unit: 'tokens', ...upTo(1e7) },
  { name: 'output_tokens_per_request', path: ['workload', 'output_tokens_per_request'], label: 'Output tokens per request', unit: 'tokens', ...upTo(1e7) },
  { name: 'input_price_per_1m', path: ['api', 'input_price_per_1m'], label: 'API input price', unit: '$/1M tokens', ...upTo(1e4) },
  { name: 'output_price_per_1m', path: ['api', 'output_price_per_1m'], label: 'API output price', unit: '$/1M tokens', ...upTo(1e4) },
  { name: 'instance_cost_per_hour', path: ['serving', 'instance_cost_per_hour'], label: 'GPU instance cost (on demand)', unit: '$/h', ...upTo(1e5) },
  { name: 'instances', path: ['serving', 'instances'], label: 'Serving instances', unit: 'instances', ...upTo(1e6) },
  { name: 'spot_fraction', path: ['serving', 'spot_fraction'], label: 'Share of instance hours on spot', unit: 'fraction', ...FRACTION, default: 0 },
  { name: 'spot_discount', path: ['serving', 'spot_discount'], label: 'Spot discount off on-demand', unit: 'fraction', ...FRACTION, default: 0 },
  { name: 'model_size_b', path: ['serving', 'model_size_b'], label: 'Model size', unit: 'B parameters', ...upTo(1e5) },
  { name: 'storage_cost_per_gb_month', path: ['serving', 'storage_cost_per_gb_month'], label: 'Weight storage price', unit: '$/GB-month', ...upTo(1e3), default: 0.023 },
  { name: 'review_rate_api', path: ['quality', 'review_rate_api'], label: 'Human review rate, API', unit: 'fraction', ...FRACTION, default: 0 },
  { name: 'review_rate_ft', path: ['quality', 'review_rate_ft'], label: 'Human review rate, fine-tuned', unit: 'fraction', ...FRACTION, default: 0 },
  { name: 'cost_per_review', path: ['quality', 'cost_per_review'], label: 'Cost per review', unit: '$', ...upTo(1e5), default: 0 },
  { name: 'training_runs', path: ['training', 'runs'], label: 'Training runs', unit: 'runs', ...upTo(1e6) },
  { name: 'compute_cost_per_run', path: ['training', 'compute_cost_per_run'], label: 'Compute cost per run', unit: '$', ...upTo(1e9) },
  { name: 'hourly_rate', path: ['engineering', 'hourly_rate'], label: 'Engineering hourly rate', unit: '$/h', ...upTo(1e5) },
  { name: 'hours_data', path: ['engineering', 'hours', 'data'], label: 'Hours: data', unit: 'h', ...upTo(1e6) },
  { name: 'hours_experiments', path: ['engineering', 'hours', 'experiments'], label: 'Hours: experiments', unit: 'h', ...upTo(1e6) },
  { name: 'hours_evaluation', path: ['engineering', 'hours', 'evaluation'], label: 'Hours: evaluation', unit: 'h', ...upTo(1e6) },
  { name: 'hours_deployment', path: ['engineering', 'hours', 'deployment'], label: 'Hours: deployment', unit: 'h', ...upTo(1e6) },
  { name: 'lifetime_months', path: ['lifetime_months'], label: 'Model lifetime', unit: 'months', min: 1, max: 1200, default: 18 },
] as const satisfies readonly InputField[];

/** The outputs of the ROI model, in the order `estimate` prints them. */
export const ROI_OUTPUT_FIELDS = [
  { name: 'monthly_api_cost', label: 'Monthly API cost', unit: '$/month', format: 'usd' },
  { name: 'monthly_serving_cost', label: 'Monthly serving cost', unit: '$/month', format: 'usd' },
  { name: 'monthly_storage_cost', label: 'Monthly storage cost', unit: '$/month', format: 'usd' },
  { name: 'monthly_amortized_project_cost', label: 'Monthly amortized project cost', unit: '$/month', format: 'usd' },
  { name: 'monthly_quality_cost_delta', label: 'Monthly quality cost delta', unit: '$/month', format: 'usd' },
  { name: 'monthly_ft_total', label: 'Monthly fine-tuned total', unit: '$/month', format: 'usd' },
  { name: 'monthly_savings', label: 'Monthly savings', unit: '$/month', format: 'usd' },
  { name: 'total_project_cost', label: 'Total project cost', unit: '$', format: 'usd' },
  { name: 'compute_cost', label: 'Training compute cost', unit: '$', format: 'usd' },
  { name: 'engineering_cost', label: 'Engineering cost', unit: '$', format: 'usd' },
  { name: 'net_value', label: 'Net value over the lifetime', unit: '$', format: 'usd' },
  { name: 'payback_months', label: 'Payback', unit: 'months', format: 'months' },
  { name: 'break_even_tokens_per_day', label: 'Break-even volume', unit: 'tokens/day', format: 'tokens_per_day' },
  { name: 'current_daily_tokens', label: 'Current volume', unit: 'tokens/day', format: 'tokens_per_day' },
] as const satisfies readonly OutputField[];

export type RoiInputName = (typeof ROI_INPUT_FIELDS)[number]['name'];
export type RoiOutputName = (typeof ROI_OUTPUT_FIELDS)[number]['name'];
export type RoiInputs = Readonly<Record<RoiInputName, number>>;
/** payback_months and break_even_tokens_per_day are +Infinity when there is none. */
export type RoiOutputs = Record<RoiOutputName, number>;
