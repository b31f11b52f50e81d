import type { ChunkSummary } from './plan.js';
import { mergeReduction } from './reducers/reducer-kinds.js';
import type { ReducerSpec } from './reducers/reducer-spec.js';

/** The summary of two disjoint sets of rows, reducer by reducer; callers merge in chunk order. */
export function mergeChunkSummaries(reducers: readonly ReducerSpec[], a: ChunkSummary, b: ChunkSummary): ChunkSummary {
  return {
    samples: a.samples + b.samples,
    reductions: Object.fromEntries(
      reducers.map(({ name, kind }) => [name, mergeReduction(kind, a.reductions[name] as never, b.reductions[name] as never)]),
    ),
  };
}
