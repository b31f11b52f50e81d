import { defineModel, type ColumnKernel, type Columns } from './model.js';
import { ROI_INPUT_FIELDS, ROI_OUTPUT_FIELDS, type RoiInputName, type RoiOutputName } from './roi-fields.js';
import { FLEET_OUTPUTS, flatPaybackMonth, GB_PER_BILLION_PARAMS, HEADLINE_OUTPUTS, HOURS_PER_DAY, readsOnly, SECONDS_PER_DAY } from './roi-common.js';
import { specializeRoiKernel } from './roi-reference-kernel.js';

/** Checkpoints, evaluation and start-up add 15% to a training run's pure compute time. */
const TRAINING_OVERHEAD = 1.15;
/** Spot training capacity costs about 35% of on-demand. */
const SPOT_MULTIPLIER = 0.35;
/** Positions of the named settings (roi-fields.ts FLEET_MODES, PRICING_MODES, DEPLOYMENTS). */
const CAPACITY_FLEET = 1;
const SPOT = 1;
const RESERVED = 2;
const MANAGED = 1;

/**
 * The fine-tune-vs-API calculation over columns: DOMAIN.md's reference calculation, with
 * what it leaves out added so that, at every new input's default, each reference output
 * comes out of the same arithmetic in the same order (the golden case to the cent, v1
 * scenarios unchanged). A payback or break-even that never happens is +Infinity.
 *
 * Month m = 1..H of the cash flows: volume x (1 + growth)^(m-1), API prices x (1 +
 * change)^(m-1), discount (1 + rate)^(-m/12); net_m = API_m - (serving_m + storage +
 * quality_m + ops + managed inference_m); retraining at months k x every < H costs a
 * fraction of the project's training compute; NPV = sum of discounted net_m - the project
 * cost at month 0; the cash-flow payback is the first month whose cumulative discounted net
 * covers the project cost. Flat rows (no growth, drift, discounting or retraining) take a
 * closed form, so that scenarios without a time section pay nothing for it.
 *
 * One plain loop over typed arrays: per-row records cost 287 ns a row against 61 ns for this
 * (V8 boxes doubles held in objects). With `everyOutput` false it writes only
 * HEADLINE_OUTPUTS and FLEET_OUTPUTS, what a run's results read.
 */
function evaluateRoiColumns(x: Columns<RoiInputName>, y: Columns<RoiOutputName>, length: number, everyOutput = true): void {
  // Columns looked up once, not per row: with 62 inputs and 27 outputs, the lookups in the
  // loop cost more than the arithmetic (measured: 400 ns a row, against 170 hoisted).
  const {
    hours_per_month: hoursPerMonthIn, requests_per_day: requestsPerDayIn, input_tokens_per_request: inputTokensPerRequestIn,
    output_tokens_per_request: outputTokensPerRequestIn, input_price_per_1m: inputPricePer1mIn, output_price_per_1m: outputPricePer1mIn,
    deployment: deploymentIn, hourly_rate: hourlyRateIn, pricing: pricingIn, reserved_discount: reservedDiscountIn, spot_fraction: spotFractionIn,
    spot_discount: spotDiscountIn, instance_cost_per_hour: instanceCostPerHourIn, fleet: fleetIn, throughput_tokens_per_s: throughputTokensPerSIn,
    gpu_utilization: gpuUtilizationIn, peak_to_average: peakToAverageIn, min_instances: minInstancesIn, off_peak_hours_per_day: offPeakHoursPerDayIn,
    instances: instancesIn, model_size_b: modelSizeBIn, checkpoints_stored: checkpointsStoredIn, storage_cost_per_gb_month: storageCostPerGbMonthIn,
    ops_hours_per_month: opsHoursPerMonthIn, review_rate_ft: reviewRateFtIn, review_rate_api: reviewRateApiIn, cost_per_review: costPerReviewIn,
    incident_rate_ft: incidentRateFtIn, incident_rate_api: incidentRateApiIn, cost_per_incident: costPerIncidentIn,
    managed_inference_multiplier: managedInferenceMultiplierIn, training_runs: trainingRunsIn, training_examples: trainingExamplesIn,
    training_seq_len: trainingSeqLenIn, training_epochs: trainingEpochsIn, training_tokens_per_s: trainingTokensPerSIn,
    managed_training_price_per_1m: managedTrainingPricePer1mIn, training_node_cost_per_hour: trainingNodeCostPerHourIn,
    training_spot: trainingSpotIn, compute_cost_per_run: computeCostPerRunIn, storage_cost_per_run: storageCostPerRunIn,
    data_processing_cost_per_run: dataProcessingCostPerRunIn, network_cost_per_run: networkCostPerRunIn, hours_data: hoursDataIn,
    hours_experiments: hoursExperimentsIn, hours_evaluation: hoursEvaluationIn, hours_deployment: hoursDeploymentIn,
    hours_data_collection: hoursDataCollectionIn, hours_formatting: hoursFormattingIn, hours_experiment_setup: hoursExperimentSetupIn,
    hours_hyperparameter_search: hoursHyperparameterSearchIn, hours_evaluation_framework: hoursEvaluationFrameworkIn,
    hours_evaluation_iteration: hoursEvaluationIterationIn, hours_monitoring: hoursMonitoringIn, lifetime_months: lifetimeMonthsIn,
    runs_per_experiment: runsPerExperimentIn, horizon_months: horizonMonthsIn, volume_growth_per_month: volumeGrowthPerMonthIn,
    api_price_change_per_month: apiPriceChangePerMonthIn, discount_rate_per_year: discountRatePerYearIn, retrain_every_months: retrainEveryMonthsIn,
    retrain_cost_fraction: retrainCostFractionIn,
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
  let lastRate = Number.NaN;
  let lastMonthlyDiscount = Number.NaN;
  for (let i = 0; i < length; i++) {
    const hoursPerMonth = hoursPerMonthIn[i] as number;
    const days = hoursPerMonth / HOURS_PER_DAY;
    const perDay = requestsPerDayIn[i] as number;
    const tokensIn = inputTokensPerRequestIn[i] as number;
    const tokensOut = outputTokensPerRequestIn[i] as number;
    const priceIn = inputPricePer1mIn[i] as number;
    const priceOut = outputPricePer1mIn[i] as number;
    const dailyIn = perDay * tokensIn;
    const dailyOut = perDay * tokensOut;
    const dailyTokens = dailyIn + dailyOut;
    const monthlyApi = (dailyIn * priceIn + dailyOut * priceOut) * (days / 1e6);
    const managed = deploymentIn[i] === MANAGED;
    const rate = hourlyRateIn[i] as number;

    // Serving: the GPU is paid whether busy or idle.
    const pricing = pricingIn[i] as number;
    const onDemandShare =
      pricing === RESERVED
        ? 1 - (reservedDiscountIn[i] as number)
        : 1 - (pricing === SPOT ? 1 : (spotFractionIn[i] as number)) * (spotDiscountIn[i] as number);
    const hourlyCost = (instanceCostPerHourIn[i] as number) * onDemandShare;
    const capacityFleet = fleetIn[i] === CAPACITY_FLEET;
    const instanceTokensPerS = (throughputTokensPerSIn[i] as number) * (gpuUtilizationIn[i] as number);
    const peakTokensPerS = (dailyTokens / SECONDS_PER_DAY) * (peakToAverageIn[i] as number);
    const minInstances = minInstancesIn[i] as number;
    const offPeak = offPeakHoursPerDayIn[i] as number;
    // Instances' worth of peak traffic per unit of volume (no traffic: none; 0 / 0 is no size).
    const instancesPerVolume = peakTokensPerS > 0 ? peakTokensPerS / instanceTokensPerS : 0;
    const instances = capacityFleet ? fleetFor(instancesPerVolume, minInstances) : (instancesIn[i] as number);
    const instanceHoursPerDay = instanceHours(instances, minInstances, offPeak);
    const monthlyServing = managed ? 0 : servingCost(hourlyCost, instances, minInstances, offPeak, hoursPerMonth, days);
    const weightsGb = (modelSizeBIn[i] as number) * GB_PER_BILLION_PARAMS * (1 + (checkpointsStoredIn[i] as number));
    const monthlyStorage = managed ? 0 : weightsGb * (storageCostPerGbMonthIn[i] as number);
    const monthlyOps = (opsHoursPerMonthIn[i] as number) * rate;
    const qualityPerRequest =
      ((reviewRateFtIn[i] as number) - (reviewRateApiIn[i] as number)) * (costPerReviewIn[i] as number) +
      ((incidentRateFtIn[i] as number) - (incidentRateApiIn[i] as number)) * (costPerIncidentIn[i] as number);
    const requestsPerMonth = perDay * days;
    const monthlyQuality =
      requestsPerMonth * ((reviewRateFtIn[i] as number) - (reviewRateApiIn[i] as number)) * (costPerReviewIn[i] as number) +
      requestsPerMonth * ((incidentRateFtIn[i] as number) - (incidentRateApiIn[i] as number)) * (costPerIncidentIn[i] as number);
    const inferenceMultiplier = managed ? (managedInferenceMultiplierIn[i] as number) : 0;
    const monthlyRunning = monthlyServing + monthlyStorage + monthlyQuality + monthlyOps + monthlyApi * inferenceMultiplier;

    // The project: training runs and engineering hours.
    const runs = trainingRunsIn[i] as number;
    const trainingTokens = (trainingExamplesIn[i] as number) * (trainingSeqLenIn[i] as number) * (trainingEpochsIn[i] as number);
    const trainingTokensPerS = trainingTokensPerSIn[i] as number;
    const computePerRun = managed
      ? (trainingTokens / 1e6) * (managedTrainingPricePer1mIn[i] as number)
      : trainingTokensPerS > 0
        ? (trainingTokens / (trainingTokensPerS * 3600)) * TRAINING_OVERHEAD * (trainingNodeCostPerHourIn[i] as number) * (trainingSpotIn[i] === 1 ? SPOT_MULTIPLIER : 1)
        : (computeCostPerRunIn[i] as number);
    const storagePerRun = storageCostPerRunIn[i] as number;
    const processingPerRun = dataProcessingCostPerRunIn[i] as number;
    const networkPerRun = networkCostPerRunIn[i] as number;
    const perRun = computePerRun + storagePerRun + processingPerRun + networkPerRun;
    const computeCost = runs * computePerRun;
    const trainingExtras = runs * storagePerRun + runs * processingPerRun + runs * networkPerRun;
    // The reference's four phases first, in its order, so that its sum stays bit for bit.
    const hours =
      (hoursDataIn[i] as number) + (hoursExperimentsIn[i] as number) + (hoursEvaluationIn[i] as number) + (hoursDeploymentIn[i] as number) +
      (hoursDataCollectionIn[i] as number) + (hoursFormattingIn[i] as number) + (hoursExperimentSetupIn[i] as number) +
      (hoursHyperparameterSearchIn[i] as number) + (hoursEvaluationFrameworkIn[i] as number) +
      (hoursEvaluationIterationIn[i] as number) + (hoursMonitoringIn[i] as number);
    const engineeringCost = hours * rate;
    const projectCost = computeCost + engineeringCost + trainingExtras;
    const lifetime = lifetimeMonthsIn[i] as number;
    const monthlyAmortized = projectCost / lifetime;

    const monthlyFtTotal = monthlyRunning + monthlyAmortized;
    const savingsBeforeAmortization = monthlyApi - monthlyRunning;
    // (serving + storage) / (price of an average token) / days, with the average taken per
    // request, so that it stays defined at zero volume; one division instead of three.
    const pricePerRequest = priceIn * tokensIn + priceOut * tokensOut;
    const tokensPerRequest = tokensIn + tokensOut;
    const fixedCost = monthlyServing + monthlyStorage;

    monthlyApiCostOut[i] = monthlyApi;
    monthlyFtTotalOut[i] = monthlyFtTotal;
    monthlySavingsOut[i] = monthlyApi - monthlyFtTotal;
    totalProjectCostOut[i] = projectCost;
    paybackMonthsOut[i] = savingsBeforeAmortization > 0 ? projectCost / savingsBeforeAmortization : Infinity;
    breakEvenTokensPerDayOut[i] = pricePerRequest > 0 ? (fixedCost * tokensPerRequest * 1e6) / (pricePerRequest * days) : Infinity;
    // The breakdown: a branch taken the same way in every row of a run.
    if (everyOutput) {
      monthlyServingCostOut[i] = monthlyServing;
      monthlyStorageCostOut[i] = monthlyStorage;
      monthlyOpsCostOut[i] = monthlyOps;
      monthlyAmortizedProjectCostOut[i] = monthlyAmortized;
      monthlyQualityCostDeltaOut[i] = monthlyQuality;
      computeCostOut[i] = computeCost;
      trainingStorageCostOut[i] = runs * storagePerRun;
      dataProcessingCostOut[i] = runs * processingPerRun;
      networkCostOut[i] = runs * networkPerRun;
      trainingCostPerRunOut[i] = perRun;
      trainingCostPerExperimentOut[i] = perRun * (runsPerExperimentIn[i] as number);
      engineeringCostOut[i] = engineeringCost;
      // What adopting is worth against staying on the API: the decision's net value.
      netValueOut[i] = savingsBeforeAmortization * lifetime - projectCost;
      currentDailyTokensOut[i] = dailyTokens;
    }

    // Full break-even: savings(V) = V x margin - fixed, with every cost line. A capacity
    // fleet's serving grows with V (continuously here: the instance count's steps ignored).
    const apiPerToken = (pricePerRequest * days) / (tokensPerRequest * 1e6);
    const capacityServingPerToken =
      capacityFleet && !managed ? (hourlyCost * days * (HOURS_PER_DAY - offPeak) * (peakToAverageIn[i] as number)) / (SECONDS_PER_DAY * instanceTokensPerS) : 0;
    const margin = apiPerToken * (1 - inferenceMultiplier) - (days * qualityPerRequest) / tokensPerRequest - capacityServingPerToken;
    const fixedServing = capacityFleet && !managed ? hourlyCost * days * offPeak * Math.min(minInstances, instances) : monthlyServing;
    const fixedFull = fixedServing + monthlyStorage + monthlyAmortized + monthlyOps;
    breakEvenFullTokensPerDayOut[i] = tokensPerRequest > 0 && margin > 0 ? Math.max(0, fixedFull / margin) : Infinity;

    servingInstancesOut[i] = managed ? 0 : instances;
    const throughput = throughputTokensPerSIn[i] as number;
    const instanceSeconds = instanceHoursPerDay * 3600;
    // Unknown (NaN) without a throughput or with no fleet of ours; an empty fleet serves nothing: 0.
    achievedUtilizationOut[i] = managed || !(throughput > 0) ? Number.NaN : instanceSeconds > 0 ? dailyTokens / (instanceSeconds * throughput) : 0;
    costPer1mTokensServedOut[i] = dailyTokens > 0 ? ((monthlyServing + monthlyApi * inferenceMultiplier) / (dailyTokens * days)) * 1e6 : Infinity;

    // Cash flows over the horizon.
    const horizon = Math.floor(horizonMonthsIn[i] as number);
    const growth = volumeGrowthPerMonthIn[i] as number;
    const drift = apiPriceChangePerMonthIn[i] as number;
    const discountRate = discountRatePerYearIn[i] as number;
    const retrainEvery = retrainEveryMonthsIn[i] as number;
    const retrainCost = (retrainCostFractionIn[i] as number) * computeCost;
    let npv: number;
    let paybackMonth: number;
    if (growth === 0 && drift === 0 && discountRate === 0 && (retrainEvery === 0 || retrainCost === 0)) {
      npv = savingsBeforeAmortization * horizon - projectCost;
      paybackMonth = flatPaybackMonth(projectCost, savingsBeforeAmortization, horizon);
    } else {
      // A rate fixed for the run is raised to the -1/12th once, not once a row (a pow is ~40 ns).
      if (discountRate !== lastRate) {
        lastRate = discountRate;
        lastMonthlyDiscount = Math.pow(1 + discountRate, -1 / 12);
      }
      // A capacity fleet is resized from its instances per unit of volume.
      const resize = capacityFleet && !managed;
      npv = monthByMonth(
        horizon, lastMonthlyDiscount, monthlyApi, 1 - inferenceMultiplier, monthlyServing, monthlyStorage + monthlyOps, monthlyQuality,
        growth, drift, retrainEvery, retrainCost, projectCost,
        resize, instancesPerVolume, minInstances, hourlyCost, offPeak, hoursPerMonth, days,
      );
      paybackMonth = cashFlow.paybackMonth;
    }
    npvOut[i] = npv;
    // Without a project cost, ROI is unbounded: +-Infinity by the sign of the NPV (0 at 0).
    roiOut[i] = projectCost > 0 ? npv / projectCost : npv > 0 ? Infinity : npv < 0 ? -Infinity : 0;
    cashFlowPaybackMonthsOut[i] = paybackMonth;
  }
}

/**
 * What monthByMonth found besides the NPV it returns, read by its one caller at once: a
 * second return value without an object allocated per row.
 */
const cashFlow = { paybackMonth: Infinity };

/**
 * The NPV of the cash flows month by month (and in cashFlow.paybackMonth, the first month
 * whose cumulative discounted net covers the project cost): a function of its own, so that
 * its loop keeps its values in registers rather than sharing them with the kernel's 89
 * columns (time-model kernel 143 -> 128 ns a row).
 */
function monthByMonth(
  horizon: number, monthlyDiscount: number, monthlyApi: number, apiShare: number, monthlyServing: number, steadyCosts: number, monthlyQuality: number,
  growth: number, drift: number, retrainEvery: number, retrainCost: number, projectCost: number,
  resize: boolean, instancesPerVolume: number, minInstances: number, hourlyCost: number, offPeak: number, hoursPerMonth: number, days: number,
): number {
  const volumeStep = 1 + growth;
  const priceStep = 1 + drift;
  let discount = 1;
  let volume = 1;
  let price = 1;
  let cumulative = 0;
  let retrainsBefore = 0;
  // A month no later than the next retraining: the count (two divisions) is taken only from
  // there on. Rounded down, so that a product a hair off a whole month is never late.
  let nextRetrainMonth = retrainCost > 0 && retrainEvery > 0 ? Math.floor(retrainEvery) : Infinity;
  // The month the cumulative net covered the project cost, -1 while it has not: a whole
  // number throughout. Starting at Infinity made it 0, Infinity or a month, which V8 kept
  // boxed and checked in every month.
  let paybackMonth = projectCost <= 0 ? 0 : -1;
  // A resized fleet's serving is costed again only when its size changes.
  let fleet = Number.NaN;
  let serving = monthlyServing;
  for (let m = 1; m <= horizon; m++) {
    discount *= monthlyDiscount;
    if (resize) {
      const size = fleetFor(instancesPerVolume * volume, minInstances);
      if (size !== fleet) {
        fleet = size;
        serving = servingCost(hourlyCost, size, minInstances, offPeak, hoursPerMonth, days);
      }
    }
    // Volume and price apart: their product may overflow where each does not (x2 a month for 600 months).
    let net = monthlyApi * volume * price * apiShare - (serving + steadyCosts + monthlyQuality * volume);
    // Retraining at months k x every < H, charged in the month each falls in (counted, not
    // looped: a fraction of a month as `every` retrains several times a month).
    if (m >= nextRetrainMonth) {
      const retrains = retrainsBy(m, retrainEvery, horizon);
      net -= (retrains - retrainsBefore) * retrainCost;
      retrainsBefore = retrains;
      nextRetrainMonth = Math.floor((retrains + 1) * retrainEvery);
    }
    cumulative += net * discount;
    if (paybackMonth < 0 && cumulative >= projectCost) paybackMonth = m;
    volume *= volumeStep;
    price *= priceStep;
  }
  cashFlow.paybackMonth = paybackMonth < 0 ? Infinity : paybackMonth;
  return cumulative - projectCost;
}

/** Retrainings at months k x every (k >= 1) up to month m and before the horizon. */
function retrainsBy(m: number, every: number, horizon: number): number {
  if (!(every > 0)) return 0;
  // Capped so that an absurdly small `every` costs a finite, absurd amount rather than NaN.
  return Math.max(0, Math.min(Math.floor(m / every), Math.ceil(horizon / every) - 1, Number.MAX_SAFE_INTEGER));
}

/**
 * Instances a capacity fleet runs at peak: enough for `demand`, the peak tokens/s over what
 * one instance serves at the target utilization, and never fewer than the minimum.
 */
function fleetFor(demand: number, minInstances: number): number {
  return Math.max(minInstances, Math.ceil(demand));
}

/** Instance-hours a day: the fleet at peak, `offPeak` hours of them at the minimum. */
function instanceHours(instances: number, minInstances: number, offPeak: number): number {
  return instances * (HOURS_PER_DAY - offPeak) + Math.min(minInstances, instances) * offPeak;
}

/** A month of serving; without off-peak scaling, the reference's own product. */
function servingCost(hourlyCost: number, instances: number, minInstances: number, offPeak: number, hoursPerMonth: number, days: number): number {
  if (offPeak === 0) return hourlyCost * instances * hoursPerMonth;
  return hourlyCost * instanceHours(instances, minInstances, offPeak) * days;
}

/** The complete kernel writing only the headline and fleet outputs (everyOutput false). */
const evaluateRoiHeadline: ColumnKernel<RoiInputName, RoiOutputName> = (x, y, length) => evaluateRoiColumns(x, y, length, false);

/** The fine-tune-vs-API ROI model: one model among others, found by workers at this module's URL. */
export const roiModel = defineModel({
  id: 'roi',
  url: import.meta.url,
  inputs: ROI_INPUT_FIELDS,
  outputs: ROI_OUTPUT_FIELDS,
  evaluateColumns: evaluateRoiColumns,
  specialize: (fixed, read) => specializeRoiKernel(fixed, read) ?? (readsOnly(read, HEADLINE_OUTPUTS, FLEET_OUTPUTS) ? evaluateRoiHeadline : undefined),
});
