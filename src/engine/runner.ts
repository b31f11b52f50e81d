import type { ChunkRunner } from './plan.js';

/** Where chunks run: this thread or a pool. `close` frees the threads. */
export interface Runner {
  readonly run: ChunkRunner;
  /** Chunks it runs at the same time. */
  readonly threads: number;
  close(): Promise<void>;
}
