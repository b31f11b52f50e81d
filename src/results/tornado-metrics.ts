/** The outputs the value tornado can show (a module of its own: the CLI's options read it at start-up). */
export const TORNADO_METRICS = ['monthly_savings', 'payback_months'] as const;
export type TornadoMetric = (typeof TORNADO_METRICS)[number];
