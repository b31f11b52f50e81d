import { defineModel, type Columns } from './model.js';
import { ROI_INPUT_FIELDS, ROI_OUTPUT_FIELDS, type RoiInputName, type RoiOutputName } from './roi-fields.js';

const DAYS_PER_MONTH = 30;
const HOURS_PER_MONTH = 24 * DAYS_PER_MONTH;
/** Prices are per million tokens; volumes per day: x 30 / 1e6 in one multiplication. */
const API_PRICE_TO_MONTHLY = DAYS_PER_MONTH / 1e6;
/** bf16 weights take two bytes a parameter. */
const GB_PER_BILLION_PARAMS = 2;

/**
 * The reference fine-tune-vs-API calculation of DOMAIN.md over columns, with the instance
 * price lowered by spot use: cost/h x (1 - spot_fraction x spot_discount). A payback or
 * break-even that never happens is +Infinity. One plain loop over typed arrays: per-row
 * records cost 287 ns a row against 61 ns for this (V8 boxes doubles held in objects).
 */
function evaluateRoiColumns(x: Columns<RoiInputName>, y: Columns<RoiOutputName>, length: number): void {
  const { requests_per_day: requests, input_tokens_per_request: inTokens, output_tokens_per_request: outTokens } = x;
  const { input_price_per_1m: inPrice, output_price_per_1m: outPrice, instance_cost_per_hour: hourly, instances } = x;
  const { spot_fraction: spotFraction, spot_discount: spotDiscount, model_size_b: size, storage_cost_per_gb_month: storagePrice } = x;
  const { review_rate_api: reviewApi, review_rate_ft: reviewFt, cost_per_review: reviewCost } = x;
  const { training_runs: runs, compute_cost_per_run: runCost, hourly_rate: rate, lifetime_months: lifetime } = x;
  const { hours_data: hData, hours_experiments: hExperiments, hours_evaluation: hEvaluation, hours_deployment: hDeployment } = x;
  for (let i = 0; i < length; i++) {
    const perDay = requests[i] as number;
    const tokensIn = inTokens[i] as number;
    const tokensOut = outTokens[i] as number;
    const priceIn = inPrice[i] as number;
    const priceOut = outPrice[i] as number;
    const dailyIn = perDay * tokensIn;
    const dailyOut = perDay * tokensOut;
    const monthlyApi = (dailyIn * priceIn + dailyOut * priceOut) * API_PRICE_TO_MONTHLY;

    const hourlyCost = (hourly[i] as number) * (1 - (spotFraction[i] as number) * (spotDiscount[i] as number));
    const monthlyServing = hourlyCost * (instances[i] as number) * HOURS_PER_MONTH;
    const monthlyStorage = (size[i] as number) * GB_PER_BILLION_PARAMS * (storagePrice[i] as number);
    const monthlyQuality = perDay * DAYS_PER_MONTH * ((reviewFt[i] as number) - (reviewApi[i] as number)) * (reviewCost[i] as number);

    const computeCost = (runs[i] as number) * (runCost[i] as number);
    const hours = (hData[i] as number) + (hExperiments[i] as number) + (hEvaluation[i] as number) + (hDeployment[i] as number);
    const engineeringCost = hours * (rate[i] as number);
    const projectCost = computeCost + engineeringCost;
    const monthlyAmortized = projectCost / (lifetime[i] as number);

    const monthlyRunning = monthlyServing + monthlyStorage + monthlyQuality;
    const monthlyFtTotal = monthlyRunning + monthlyAmortized;
    const savingsBeforeAmortization = monthlyApi - monthlyRunning;
    // (serving + storage) / (price of an average token) / 30, with the average taken per
    // request, so that it stays defined at zero volume; one division instead of three.
    const pricePerRequest = priceIn * tokensIn + priceOut * tokensOut;
    const fixedCost = monthlyServing + monthlyStorage;

    y.monthly_api_cost[i] = monthlyApi;
    y.monthly_serving_cost[i] = monthlyServing;
    y.monthly_storage_cost[i] = monthlyStorage;
    y.monthly_amortized_project_cost[i] = monthlyAmortized;
    y.monthly_quality_cost_delta[i] = monthlyQuality;
    y.monthly_ft_total[i] = monthlyFtTotal;
    y.monthly_savings[i] = monthlyApi - monthlyFtTotal;
    y.total_project_cost[i] = projectCost;
    y.compute_cost[i] = computeCost;
    y.engineering_cost[i] = engineeringCost;
    // What adopting is worth against staying on the API: the decision's net value.
    y.net_value[i] = savingsBeforeAmortization * (lifetime[i] as number) - projectCost;
    y.payback_months[i] = savingsBeforeAmortization > 0 ? projectCost / savingsBeforeAmortization : Infinity;
    y.break_even_tokens_per_day[i] = pricePerRequest > 0 ? (fixedCost * (tokensIn + tokensOut) * 1e6) / (pricePerRequest * DAYS_PER_MONTH) : Infinity;
    y.current_daily_tokens[i] = dailyIn + dailyOut;
  }
}

/** The fine-tune-vs-API ROI model: one model among others, found by workers at this module's URL. */
export const roiModel = defineModel({
  id: 'roi',
  url: import.meta.url,
  inputs: ROI_INPUT_FIELDS,
  outputs: ROI_OUTPUT_FIELDS,
  evaluateColumns: evaluateRoiColumns,
});
