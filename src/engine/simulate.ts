import { planChunks, type ChunkBounds } from './plan-chunks.js';

export interface SimulateOptions<S> {
  /** The most samples to draw (all of them unless `stopWhen` holds first). */
  readonly samples: number;
  readonly chunkSize: number;
  /** Runs one chunk, anywhere; chunks may finish in any order. */
  readonly run: (chunk: ChunkBounds) => Promise<S>;
  /**
   * Combines the summaries of two disjoint runs of chunks, earlier first. `a` is the running
   * summary (the first chunk's, or what merge returned last), which simulate never reads
   * again once merged: merge may reuse its storage.
   */
  readonly merge: (a: S, b: S) => S;
  /** Chunks in flight at most: bounds the memory of results waiting to be merged. */
  readonly window: number;
  /** Called after each chunk is merged, in chunk order; `merged` is valid until the next merge. */
  readonly onProgress?: (done: number, total: number, merged: S) => void;
  /**
   * A stopping rule, asked after each chunk is merged, in chunk order: when it holds, no
   * further chunk is merged. Chunks already in flight are awaited and dropped, so the result
   * is the same whatever the number of workers.
   */
  readonly stopWhen?: (merged: S, done: number) => boolean;
}

export interface Simulated<S> {
  readonly summary: S;
  /** Samples merged: `samples`, or fewer when the stopping rule held. */
  readonly samples: number;
  readonly stoppedEarly: boolean;
}

/**
 * The Monte Carlo pipeline, generic over the summary a chunk reduces to:
 *
 *   planChunks -> run(chunk) x N (at most `window` in flight, any thread, any order)
 *              -> merge in chunk-index order -> progress, stopping rule -> one summary
 *
 * Chunks depend only on (seed, chunk index, chunk size), and the floating-point merge
 * always runs in index order, so the result is the same bytes whatever the number of
 * workers. Summaries that arrive early wait in a reorder buffer of at most `window`.
 */
export async function simulate<S>(options: SimulateOptions<S>): Promise<Simulated<S>> {
  const chunks = planChunks(options.samples, options.chunkSize);
  if (!(Number.isInteger(options.window) && options.window >= 1)) throw new RangeError(`window must be a positive integer (got ${options.window})`);
  const arrived = new Map<number, S>();
  let merged: S | undefined;
  let done = 0;
  let nextToMerge = 0;
  let nextToStart = 0;
  let stopped = false;
  // The failure of the lowest chunk index among those that ran: chunks in flight finish in
  // any order, and the error reported should not depend on which was quicker.
  let failure: { index: number; error: unknown } | undefined;

  await new Promise<void>((resolve) => {
    let inFlight = 0;
    const settle = () => {
      if (inFlight === 0 && (stopped || failure !== undefined || nextToStart === chunks.length)) resolve();
    };
    const startMore = () => {
      while (!stopped && failure === undefined && inFlight < options.window && nextToStart < chunks.length) {
        const chunk = chunks[nextToStart++] as ChunkBounds;
        inFlight++;
        const fail = (error: unknown) => {
          if (failure === undefined || chunk.index < failure.index) failure = { index: chunk.index, error };
        };
        // A throw anywhere (the runner, a merge, a progress callback) fails the run; none may
        // leave it waiting forever.
        Promise.resolve()
          .then(() => options.run(chunk))
          .then(
            (summary) => {
              inFlight--;
              try {
                if (!stopped && failure === undefined) mergeReady(chunk.index, summary);
                startMore();
              } catch (error) {
                fail(error);
              }
              settle();
            },
            (error: unknown) => {
              inFlight--;
              fail(error);
              settle();
            },
          );
      }
      settle();
    };
    const mergeReady = (index: number, summary: S) => {
      arrived.set(index, summary);
      for (let ready = arrived.get(nextToMerge); ready !== undefined && !stopped; ready = arrived.get(nextToMerge)) {
        arrived.delete(nextToMerge);
        done += (chunks[nextToMerge] as ChunkBounds).length;
        nextToMerge++;
        merged = merged === undefined ? ready : options.merge(merged, ready);
        options.onProgress?.(done, options.samples, merged);
        if (options.stopWhen?.(merged, done) && nextToMerge < chunks.length) stopped = true;
      }
      if (stopped) arrived.clear();
    };
    startMore();
  });
  if (failure !== undefined) throw failure.error;
  if (merged === undefined) throw new Error('simulate produced no chunks');
  return { summary: merged, samples: done, stoppedEarly: stopped };
}
