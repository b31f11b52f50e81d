/** The outputs the value tornado can show (a module of its own: the CLI's options read it at start-up). */
export const TORNADO_METRICS = ['monthly_savings', 'payback_months'] as const;
export type TornadoMetric = (typeof TORNADO_METRICS)[number];

/** The outputs sensitivity methods can explain: finite in every sample (payback is not). */
export const SENSITIVITY_METRICS = ['monthly_savings', 'net_value', 'total_project_cost', 'monthly_api_cost', 'monthly_ft_total'] as const;
export type SensitivityMetric = (typeof SENSITIVITY_METRICS)[number];
