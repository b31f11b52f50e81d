/**
 * mc: plain Monte Carlo; lhs: Latin hypercube within each chunk. A module of its own, without
 * zod: the CLI lists these in its options when it starts, before any scenario is read.
 */
export const SAMPLING_METHODS = ['mc', 'lhs'] as const;
export type SamplingMethod = (typeof SAMPLING_METHODS)[number];
