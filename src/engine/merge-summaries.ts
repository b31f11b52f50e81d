import type { ChunkSummary } from './plan.js';
import { foldReduction } from './reducers/reducer-kinds.js';
import type { ReducerSpec } from './reducers/reducer-spec.js';

/**
 * A run's running merge of its chunk summaries, reducer by reducer, in chunk order: `running`
 * is what it returned last (or the first chunk's summary), and reducers whose kind folds keep
 * buffers from one merge to the next, so each result is valid until the next call
 * (simulate's merge contract).
 */
export function chunkSummaryFold(reducers: readonly ReducerSpec[]): (running: ChunkSummary, b: ChunkSummary) => ChunkSummary {
  const folds = reducers.map(({ kind }) => foldReduction(kind) as (a: unknown, b: unknown) => unknown);
  return (running, b) => ({
    samples: running.samples + b.samples,
    reductions: Object.fromEntries(reducers.map(({ name }, k) => [name, (folds[k] as (a: unknown, b: unknown) => unknown)(running.reductions[name], b.reductions[name])])),
  });
}
