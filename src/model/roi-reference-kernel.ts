import type { InputField } from './input-field.js';
import type { ColumnKernel, Columns, FixedInputs } from './model.js';
import { flatPaybackMonth, GB_PER_BILLION_PARAMS, HEADLINE_OUTPUTS, HOURS_PER_DAY, readsOnly } from './roi-common.js';
import { ROI_INPUT_FIELDS, type RoiInputName, type RoiOutputName } from './roi-fields.js';

/** The reference calculation's own inputs (DOMAIN.md): each may vary from row to row. */
const REFERENCE_INPUTS: ReadonlySet<RoiInputName> = new Set<RoiInputName>([
  'requests_per_day', 'input_tokens_per_request', 'output_tokens_per_request', 'input_price_per_1m', 'output_price_per_1m',
  'instance_cost_per_hour', 'instances', 'spot_fraction', 'spot_discount', 'model_size_b', 'storage_cost_per_gb_month',
  'review_rate_api', 'review_rate_ft', 'cost_per_review', 'training_runs', 'compute_cost_per_run',
  'hourly_rate', 'hours_data', 'hours_experiments', 'hours_evaluation', 'hours_deployment', 'lifetime_months',
]);
/** Every later input, with the default under which the complete model is the reference. */
const BEYOND_REFERENCE = (ROI_INPUT_FIELDS as readonly (InputField & { readonly name: RoiInputName })[]).flatMap((field) =>
  REFERENCE_INPUTS.has(field.name) || field.default === undefined ? [] : [[field.name, field.default] as const],
);
const HOURS_PER_MONTH = 720;
const HORIZON_MONTHS = 24;

/**
 * The reference kernel for runs whose inputs beyond the reference are all fixed at their
 * defaults (every v1 scenario), else undefined: the complete kernel then runs. It writes
 * only the headline outputs when those are all that is read.
 */
export function specializeRoiKernel(fixed: FixedInputs<RoiInputName>, read: ReadonlySet<RoiOutputName>): ColumnKernel<RoiInputName, RoiOutputName> | undefined {
  if (!BEYOND_REFERENCE.every(([name, value]) => fixed[name] === value)) return undefined;
  return readsOnly(read, HEADLINE_OUTPUTS) ? evaluateReferenceHeadline : evaluateReferenceEvery;
}

const evaluateReferenceEvery: ColumnKernel<RoiInputName, RoiOutputName> = (x, y, length) => evaluateReferenceColumns(x, y, length, true);
const evaluateReferenceHeadline: ColumnKernel<RoiInputName, RoiOutputName> = (x, y, length) => evaluateReferenceColumns(x, y, length, false);

/**
 * The complete kernel (roi-model.ts) with every input beyond the reference at its default:
 * the same arithmetic in the same order, what is zero left out, so that each output is the
 * same double (a test holds it to that, bit for bit). It reads 22 columns instead of 62:
 * 85 ns a row instead of 145 on bench.yaml's rows. With `everyOutput` false it writes only
 * HEADLINE_OUTPUTS.
 */
function evaluateReferenceColumns(x: Columns<RoiInputName>, y: Columns<RoiOutputName>, length: number, everyOutput: boolean): void {
  const {
    requests_per_day: requestsPerDayIn, input_tokens_per_request: inputTokensPerRequestIn, output_tokens_per_request: outputTokensPerRequestIn,
    input_price_per_1m: inputPricePer1mIn, output_price_per_1m: outputPricePer1mIn, instance_cost_per_hour: instanceCostPerHourIn,
    instances: instancesIn, spot_fraction: spotFractionIn, spot_discount: spotDiscountIn, model_size_b: modelSizeBIn,
    storage_cost_per_gb_month: storageCostPerGbMonthIn, review_rate_api: reviewRateApiIn, review_rate_ft: reviewRateFtIn,
    cost_per_review: costPerReviewIn, training_runs: trainingRunsIn, compute_cost_per_run: computeCostPerRunIn, hourly_rate: hourlyRateIn,
    hours_data: hoursDataIn, hours_experiments: hoursExperimentsIn, hours_evaluation: hoursEvaluationIn, hours_deployment: hoursDeploymentIn,
    lifetime_months: lifetimeMonthsIn,
  } = x;
  const {
    monthly_api_cost: monthlyApiCostOut, monthly_serving_cost: monthlyServingCostOut, monthly_storage_cost: monthlyStorageCostOut,
    monthly_ops_cost: monthlyOpsCostOut, monthly_amortized_project_cost: monthlyAmortizedProjectCostOut,
    monthly_quality_cost_delta: monthlyQualityCostDeltaOut, monthly_ft_total: monthlyFtTotalOut, monthly_savings: monthlySavingsOut,
    total_project_cost: totalProjectCostOut, compute_cost: computeCostOut, training_storage_cost: trainingStorageCostOut,
    data_processing_cost: dataProcessingCostOut, network_cost: networkCostOut, training_cost_per_run: trainingCostPerRunOut,
    training_cost_per_experiment: trainingCostPerExperimentOut, engineering_cost: engineeringCostOut, net_value: netValueOut,
    payback_months: paybackMonthsOut, break_even_tokens_per_day: breakEvenTokensPerDayOut, current_daily_tokens: currentDailyTokensOut,
    break_even_full_tokens_per_day: breakEvenFullTokensPerDayOut, serving_instances: servingInstancesOut,
    achieved_utilization: achievedUtilizationOut, cost_per_1m_tokens_served: costPer1mTokensServedOut, npv: npvOut, roi: roiOut,
    cash_flow_payback_months: cashFlowPaybackMonthsOut,
  } = y;
  const days = HOURS_PER_MONTH / HOURS_PER_DAY;
  for (let i = 0; i < length; i++) {
    const perDay = requestsPerDayIn[i] as number;
    const tokensIn = inputTokensPerRequestIn[i] as number;
    const tokensOut = outputTokensPerRequestIn[i] as number;
    const priceIn = inputPricePer1mIn[i] as number;
    const priceOut = outputPricePer1mIn[i] as number;
    const dailyIn = perDay * tokensIn;
    const dailyOut = perDay * tokensOut;
    const dailyTokens = dailyIn + dailyOut;
    const monthlyApi = (dailyIn * priceIn + dailyOut * priceOut) * (days / 1e6);
    const rate = hourlyRateIn[i] as number;
    const hourlyCost = (instanceCostPerHourIn[i] as number) * (1 - (spotFractionIn[i] as number) * (spotDiscountIn[i] as number));
    const instances = instancesIn[i] as number;
    const monthlyServing = hourlyCost * instances * HOURS_PER_MONTH;
    const monthlyStorage = (modelSizeBIn[i] as number) * GB_PER_BILLION_PARAMS * 1 * (storageCostPerGbMonthIn[i] as number);
    const reviewDelta = (reviewRateFtIn[i] as number) - (reviewRateApiIn[i] as number);
    // "+ 0": the incidents' term at its default, as the complete kernel adds it (it turns a -0 into 0).
    const qualityPerRequest = reviewDelta * (costPerReviewIn[i] as number) + 0;
    const monthlyQuality = perDay * days * reviewDelta * (costPerReviewIn[i] as number) + 0;
    const monthlyRunning = monthlyServing + monthlyStorage + monthlyQuality + 0;
    const computePerRun = computeCostPerRunIn[i] as number;
    const computeCost = (trainingRunsIn[i] as number) * computePerRun;
    const engineeringCost = ((hoursDataIn[i] as number) + (hoursExperimentsIn[i] as number) + (hoursEvaluationIn[i] as number) + (hoursDeploymentIn[i] as number) + 0) * rate;
    const projectCost = computeCost + engineeringCost + 0;
    const lifetime = lifetimeMonthsIn[i] as number;
    const monthlyAmortized = projectCost / lifetime;
    const monthlyFtTotal = monthlyRunning + monthlyAmortized;
    const savingsBeforeAmortization = monthlyApi - monthlyRunning;
    const pricePerRequest = priceIn * tokensIn + priceOut * tokensOut;
    const tokensPerRequest = tokensIn + tokensOut;

    monthlyApiCostOut[i] = monthlyApi;
    monthlyFtTotalOut[i] = monthlyFtTotal;
    monthlySavingsOut[i] = monthlyApi - monthlyFtTotal;
    totalProjectCostOut[i] = projectCost;
    paybackMonthsOut[i] = savingsBeforeAmortization > 0 ? projectCost / savingsBeforeAmortization : Infinity;
    breakEvenTokensPerDayOut[i] = pricePerRequest > 0 ? ((monthlyServing + monthlyStorage) * tokensPerRequest * 1e6) / (pricePerRequest * days) : Infinity;
    const margin = (pricePerRequest * days) / (tokensPerRequest * 1e6) - (days * qualityPerRequest) / tokensPerRequest - 0;
    const fixedFull = monthlyServing + monthlyStorage + monthlyAmortized + 0;
    breakEvenFullTokensPerDayOut[i] = tokensPerRequest > 0 && margin > 0 ? Math.max(0, fixedFull / margin) : Infinity;
    // The breakdown: a branch taken the same way in every row of a run.
    if (everyOutput) {
      monthlyServingCostOut[i] = monthlyServing;
      monthlyStorageCostOut[i] = monthlyStorage;
      monthlyOpsCostOut[i] = 0 * rate;
      monthlyAmortizedProjectCostOut[i] = monthlyAmortized;
      monthlyQualityCostDeltaOut[i] = monthlyQuality;
      computeCostOut[i] = computeCost;
      trainingStorageCostOut[i] = (trainingRunsIn[i] as number) * 0;
      dataProcessingCostOut[i] = (trainingRunsIn[i] as number) * 0;
      networkCostOut[i] = (trainingRunsIn[i] as number) * 0;
      trainingCostPerRunOut[i] = computePerRun + 0;
      trainingCostPerExperimentOut[i] = computePerRun + 0;
      engineeringCostOut[i] = engineeringCost;
      netValueOut[i] = savingsBeforeAmortization * lifetime - projectCost;
      currentDailyTokensOut[i] = dailyTokens;
      servingInstancesOut[i] = instances;
      achievedUtilizationOut[i] = Number.NaN;
      costPer1mTokensServedOut[i] = dailyTokens > 0 ? ((monthlyServing + 0) / (dailyTokens * days)) * 1e6 : Infinity;
    }
    const npv = savingsBeforeAmortization * HORIZON_MONTHS - projectCost;
    npvOut[i] = npv;
    roiOut[i] = projectCost > 0 ? npv / projectCost : npv > 0 ? Infinity : npv < 0 ? -Infinity : 0;
    cashFlowPaybackMonthsOut[i] = flatPaybackMonth(projectCost, savingsBeforeAmortization, HORIZON_MONTHS);
  }
}
