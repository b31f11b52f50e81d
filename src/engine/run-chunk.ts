import { getModel } from '../model/registry.js';
import type { ChunkSummary, ChunkTask } from './chunk-task.js';
import { evaluateColumns } from './evaluate-columns.js';
import { sampleInputs } from './sample-inputs.js';
import { summarizeChunk } from './summarize-chunk.js';
import { createWorkspace, type Workspace } from './workspace.js';

/**
 * Simulates one chunk: draw the inputs, evaluate the model, reduce to a summary. The result
 * depends on the task alone; `workspace` only lends the column buffers.
 */
export function runChunk(task: ChunkTask, workspace: Workspace = createWorkspace()): ChunkSummary {
  const model = getModel(task.modelId);
  const inputs = workspace.columns('inputs', model.inputs.length, task.length);
  const all = workspace.columns('outputs', model.outputs.length, task.length);
  sampleInputs(model.inputs, task.inputs, task.seed, task.chunkIndex, inputs);
  const outputs = evaluateColumns(model, inputs, all, task.outputs, task.length);
  return summarizeChunk(outputs, task.outputs, task.events, task.relativeAccuracy, task.length);
}
