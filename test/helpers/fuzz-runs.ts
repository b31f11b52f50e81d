/**
 * How many cases each property tries: a bounded number with a fixed seed in `npm test` and
 * CI, so a failure reproduces; FUZZ_RUNS=100000 (and FUZZ_SEED) for a longer hunt.
 */
export const FUZZ = {
  numRuns: Number(process.env.FUZZ_RUNS ?? 300),
  seed: Number(process.env.FUZZ_SEED ?? 20261124),
} as const;
