import { loadModel } from '../model/load-model.js';
import type { Runner } from './runner.js';
import { runChunk } from './run-chunk.js';
import { createWorkspace } from './workspace.js';

/**
 * Runs chunks in this thread: for small runs (no pool to start), tests and library callers
 * who want no threads. runChunk is synchronous, so chunks never overlap and share one workspace.
 */
export function createInlineRunner(): Runner {
  const workspace = createWorkspace();
  return {
    run: async (task) => runChunk(task, await loadModel(task.model), workspace),
    threads: 1,
    close: async () => {},
  };
}
