import type { ChunkSummary, ChunkTask } from '../src/engine/chunk-task.js';
import { runChunk } from '../src/engine/run-chunk.js';

/** piscina task: one chunk in, its summary out (a few small typed arrays, cloned). */
export default function simulateChunk(task: ChunkTask): ChunkSummary {
  return runChunk(task);
}
