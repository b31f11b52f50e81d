/** Defaults that a scenario or the CLI may override; each is recorded in results.json. */
export const DEFAULT_SEED = 'ftroi';
export const DEFAULT_SAMPLES = 100_000;
export const DEFAULT_THRESHOLD_MONTHS = 12;
export const DEFAULT_LIFETIME_MONTHS = 18;
/**
 * Samples per chunk. Part of the reproducibility key (each chunk has its own streams),
 * so it is fixed by the scenario, never by the number of workers.
 */
export const DEFAULT_CHUNK_SIZE = 200_000;
/** Relative error of every reported quantile (see src/stats/log-sketch.ts). */
export const QUANTILE_RELATIVE_ACCURACY = 1e-3;
/** The payback-probability curve covers months 0 to this, inclusive. */
export const PAYBACK_CURVE_MONTHS = 36;
export const MAX_SAMPLES = 1e9;
