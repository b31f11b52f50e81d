import type { RoiInputs, RoiOutputs } from './roi-fields.js';

const DAYS_PER_MONTH = 30;
const HOURS_PER_MONTH = 24 * DAYS_PER_MONTH;
/** bf16 weights take two bytes a parameter. */
const GB_PER_BILLION_PARAMS = 2;

/**
 * The reference fine-tune-vs-API calculation of DOMAIN.md for one set of inputs, with the
 * instance price lowered by spot use: cost/h x (1 - spot_fraction x spot_discount).
 * Pure: numbers in, numbers out. A payback or break-even that never happens is +Infinity.
 *
 * @example evaluateRoi(goldenInputs).monthly_api_cost // => 8250
 */
export function evaluateRoi(x: RoiInputs): RoiOutputs {
  return evaluateRoiInto(x, {} as RoiOutputs);
}

/**
 * evaluateRoi writing into `out`, which it returns: the engine's hot path reuses one input
 * and one output record for a whole chunk, so no sample allocates (V8 updates the boxed
 * double fields of a reused object in place).
 */
export function evaluateRoiInto(x: RoiInputs, out: RoiOutputs): RoiOutputs {
  const dailyIn = x.requests_per_day * x.input_tokens_per_request;
  const dailyOut = x.requests_per_day * x.output_tokens_per_request;
  const monthlyApi = ((dailyIn * x.input_price_per_1m + dailyOut * x.output_price_per_1m) * DAYS_PER_MONTH) / 1e6;

  const hourlyCost = x.instance_cost_per_hour * (1 - x.spot_fraction * x.spot_discount);
  const monthlyServing = hourlyCost * x.instances * HOURS_PER_MONTH;
  const monthlyStorage = x.model_size_b * GB_PER_BILLION_PARAMS * x.storage_cost_per_gb_month;
  const monthlyQuality =
    x.requests_per_day * DAYS_PER_MONTH * (x.review_rate_ft - x.review_rate_api) * x.cost_per_review;

  const computeCost = x.training_runs * x.compute_cost_per_run;
  const hours = x.hours_data + x.hours_experiments + x.hours_evaluation + x.hours_deployment;
  const engineeringCost = hours * x.hourly_rate;
  const projectCost = computeCost + engineeringCost;
  const monthlyAmortized = projectCost / x.lifetime_months;

  const monthlyRunning = monthlyServing + monthlyStorage + monthlyQuality;
  const monthlyFtTotal = monthlyRunning + monthlyAmortized;
  const savingsBeforeAmortization = monthlyApi - monthlyRunning;

  // Price of an average token; per request, so that it stays defined at zero volume.
  const tokensPerRequest = x.input_tokens_per_request + x.output_tokens_per_request;
  const weightedPrice =
    tokensPerRequest > 0
      ? (x.input_price_per_1m * x.input_tokens_per_request + x.output_price_per_1m * x.output_tokens_per_request) /
        (tokensPerRequest * 1e6)
      : 0;

  out.monthly_api_cost = monthlyApi;
  out.monthly_serving_cost = monthlyServing;
  out.monthly_storage_cost = monthlyStorage;
  out.monthly_amortized_project_cost = monthlyAmortized;
  out.monthly_quality_cost_delta = monthlyQuality;
  out.monthly_ft_total = monthlyFtTotal;
  out.monthly_savings = monthlyApi - monthlyFtTotal;
  out.total_project_cost = projectCost;
  out.compute_cost = computeCost;
  out.engineering_cost = engineeringCost;
  out.payback_months = savingsBeforeAmortization > 0 ? projectCost / savingsBeforeAmortization : Infinity;
  out.break_even_tokens_per_day =
    weightedPrice > 0 ? (monthlyServing + monthlyStorage) / weightedPrice / DAYS_PER_MONTH : Infinity;
  out.current_daily_tokens = dailyIn + dailyOut;
  return out;
}
