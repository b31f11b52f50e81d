import { runChunk } from '../src/engine/run-chunk.js';
import type { ChunkSummary, ChunkTask } from '../src/engine/plan.js';
import { createWorkspace } from '../src/engine/workspace.js';
import { loadModel } from '../src/model/load-model.js';

/** This thread's buffers, reused by every chunk it runs (one at a time). */
const workspace = createWorkspace();

/** piscina task: one chunk in, its summaries out (small objects and typed arrays, cloned). */
export default async function simulateChunk(task: ChunkTask): Promise<ChunkSummary> {
  return runChunk(task, await loadModel(task.model), workspace);
}
