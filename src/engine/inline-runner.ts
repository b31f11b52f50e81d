import type { ChunkRunner } from './chunk-task.js';
import { runChunk } from './run-chunk.js';

/** Runs chunks in this thread: for tests, and for runs too small to pay for a pool. */
export const inlineRunner: ChunkRunner = async (task) => runChunk(task);
