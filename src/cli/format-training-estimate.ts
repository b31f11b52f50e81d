import { estimateTraining } from '../catalog/estimate-training.js';
import type { TRAINING_INSTANCES, TRAINING_METHODS } from '../catalog/training-benchmarks.js';
import { formatTable } from './format-table.js';

/** The command's parsed flags. */
export interface EstimateTrainingOptions {
  readonly modelSize: number;
  readonly method: (typeof TRAINING_METHODS)[number];
  readonly instance: (typeof TRAINING_INSTANCES)[number];
  readonly examples: number;
  readonly seqLen: number;
  readonly epochs: number;
  readonly spot?: boolean;
  readonly json?: boolean;
}

/** `ftroi estimate-training`: one run's estimate, as a table or JSON. */
export function formatTrainingEstimate(options: EstimateTrainingOptions): string {
  const estimate = estimateTraining({
    model_size_b: options.modelSize,
    method: options.method,
    instance: options.instance,
    examples: options.examples,
    seq_len: options.seqLen,
    epochs: options.epochs,
    spot: options.spot === true,
  });
  if (options.json) return `${JSON.stringify(estimate, null, 2)}\n`;
  const title = `${options.modelSize}B ${options.method} on ${options.instance}${options.spot ? ' (spot)' : ''}: ${options.examples.toLocaleString('en-US')} examples x ${options.seqLen} tokens x ${options.epochs} epochs`;
  const rows = [
    ['Hours', estimate.hours.toFixed(2)],
    ['GPUs', String(estimate.gpus)],
    ['Cost per hour (node)', `$${estimate.cost_per_hour.toFixed(4)}`],
    ['Cost of the run', `$${estimate.cost.toFixed(2)}`],
    ['Training throughput', `${estimate.tokens_per_s.toLocaleString('en-US')} tokens/s${estimate.measured ? '' : ' (no benchmark for this combination: DOMAIN.md size rule)'}`],
  ];
  return `${title}\n\n${formatTable(rows)}\n`;
}
