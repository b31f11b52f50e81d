import type { ChunkRunner } from './chunk-task.js';
import { runChunk } from './run-chunk.js';
import { createWorkspace } from './workspace.js';

const workspace = createWorkspace();

/**
 * Runs chunks in this thread: for tests and library callers who want no threads. runChunk
 * is synchronous, so chunks never overlap and can share one workspace.
 */
export const inlineRunner: ChunkRunner = async (task) => runChunk(task, workspace);
