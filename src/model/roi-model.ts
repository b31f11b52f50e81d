import { evaluateRoi, evaluateRoiInto } from './evaluate-roi.js';
import type { Columns, Model } from './model.js';
import { ROI_INPUT_FIELDS, ROI_OUTPUT_NAMES, type RoiInputName, type RoiOutputName, type RoiOutputs } from './roi-fields.js';

/**
 * evaluateRoiInto on every row, reusing one input and one output record, so that no sample
 * allocates. Each input is named, so the type checker catches a missing or misspelt one;
 * nothing indexes by a computed name per sample.
 */
function evaluateRoiColumns(c: Columns<RoiInputName>, out: Columns<RoiOutputName>, length: number): void {
  const x = Object.fromEntries(ROI_INPUT_FIELDS.map((field) => [field.name, 0.5])) as Record<RoiInputName, number>;
  const y = {} as RoiOutputs;
  for (let i = 0; i < length; i++) {
    x.requests_per_day = c.requests_per_day[i] as number;
    x.input_tokens_per_request = c.input_tokens_per_request[i] as number;
    x.output_tokens_per_request = c.output_tokens_per_request[i] as number;
    x.input_price_per_1m = c.input_price_per_1m[i] as number;
    x.output_price_per_1m = c.output_price_per_1m[i] as number;
    x.instance_cost_per_hour = c.instance_cost_per_hour[i] as number;
    x.instances = c.instances[i] as number;
    x.spot_fraction = c.spot_fraction[i] as number;
    x.spot_discount = c.spot_discount[i] as number;
    x.model_size_b = c.model_size_b[i] as number;
    x.storage_cost_per_gb_month = c.storage_cost_per_gb_month[i] as number;
    x.review_rate_api = c.review_rate_api[i] as number;
    x.review_rate_ft = c.review_rate_ft[i] as number;
    x.cost_per_review = c.cost_per_review[i] as number;
    x.training_runs = c.training_runs[i] as number;
    x.compute_cost_per_run = c.compute_cost_per_run[i] as number;
    x.hourly_rate = c.hourly_rate[i] as number;
    x.hours_data = c.hours_data[i] as number;
    x.hours_experiments = c.hours_experiments[i] as number;
    x.hours_evaluation = c.hours_evaluation[i] as number;
    x.hours_deployment = c.hours_deployment[i] as number;
    x.lifetime_months = c.lifetime_months[i] as number;
    evaluateRoiInto(x, y);
    out.monthly_api_cost[i] = y.monthly_api_cost;
    out.monthly_serving_cost[i] = y.monthly_serving_cost;
    out.monthly_storage_cost[i] = y.monthly_storage_cost;
    out.monthly_amortized_project_cost[i] = y.monthly_amortized_project_cost;
    out.monthly_quality_cost_delta[i] = y.monthly_quality_cost_delta;
    out.monthly_ft_total[i] = y.monthly_ft_total;
    out.monthly_savings[i] = y.monthly_savings;
    out.total_project_cost[i] = y.total_project_cost;
    out.compute_cost[i] = y.compute_cost;
    out.engineering_cost[i] = y.engineering_cost;
    out.payback_months[i] = y.payback_months;
    out.break_even_tokens_per_day[i] = y.break_even_tokens_per_day;
    out.current_daily_tokens[i] = y.current_daily_tokens;
  }
}

/** The fine-tune-vs-API ROI model, as the engine sees it. */
export const roiModel: Model<RoiInputName, RoiOutputName> = {
  id: 'roi',
  inputs: ROI_INPUT_FIELDS,
  outputs: ROI_OUTPUT_NAMES,
  evaluate: evaluateRoi,
  evaluateColumns: evaluateRoiColumns,
};
