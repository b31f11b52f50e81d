import type { ChunkSummary, ChunkTask } from '../src/engine/chunk-task.js';
import { runChunk } from '../src/engine/run-chunk.js';
import { createWorkspace } from '../src/engine/workspace.js';

/** This thread's column buffers, reused by every chunk it runs (one at a time). */
const workspace = createWorkspace();

/** piscina task: one chunk in, its summary out (a few small typed arrays, cloned). */
export default function simulateChunk(task: ChunkTask): ChunkSummary {
  return runChunk(task, workspace);
}
