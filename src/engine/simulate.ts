import type { ChunkRunner, ChunkSummary, SimulationPlan } from './chunk-task.js';
import { planChunks } from './plan-chunks.js';
import { mergeChunkSummaries } from './summarize-chunk.js';

export interface SimulateOptions {
  readonly samples: number;
  readonly chunkSize: number;
  readonly runner: ChunkRunner;
  /** Called after each chunk is merged, with the samples done so far. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The Monte Carlo pipeline:
 *
 *   plan -> planChunks -> runner(chunk task) x N  (any order, any thread)
 *        -> merge summaries in chunk-index order  -> one ChunkSummary for the run
 *
 * Chunks depend only on (seed, chunk index, chunk size), and the floating-point merge
 * always runs in index order, so the result is the same bytes whatever the number of
 * workers. Summaries that arrive early wait in a small reorder buffer; no samples are kept.
 */
export async function simulate(plan: SimulationPlan, options: SimulateOptions): Promise<ChunkSummary> {
  const chunks = planChunks(options.samples, options.chunkSize);
  const arrived = new Map<number, ChunkSummary>();
  let merged: ChunkSummary | undefined;
  let next = 0;
  await Promise.all(
    chunks.map(async ({ index, length }) => {
      arrived.set(index, await options.runner({ ...plan, chunkIndex: index, length }));
      for (let ready = arrived.get(next); ready; ready = arrived.get(next)) {
        merged = merged ? mergeChunkSummaries(merged, ready) : ready;
        arrived.delete(next++);
        options.onProgress?.(merged.samples, options.samples);
      }
    }),
  );
  if (!merged) throw new Error('simulate produced no chunks');
  return merged;
}
