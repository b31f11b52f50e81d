import { getModel } from '../model/registry.js';
import type { ChunkSummary, ChunkTask } from './chunk-task.js';
import { evaluateColumns } from './evaluate-columns.js';
import { sampleInputs } from './sample-inputs.js';
import { summarizeChunk } from './summarize-chunk.js';

/** Simulates one chunk: draw the inputs, evaluate the model, reduce to a summary. Pure. */
export function runChunk(task: ChunkTask): ChunkSummary {
  const model = getModel(task.modelId);
  const inputs = sampleInputs(model.inputs, task.inputs, task.seed, task.chunkIndex, task.length);
  const outputs = evaluateColumns(model, inputs, task.outputs, task.length);
  return summarizeChunk(outputs, task.outputs, task.events, task.relativeAccuracy, task.length);
}
